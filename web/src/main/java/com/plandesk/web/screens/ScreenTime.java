package com.plandesk.web.screens;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How every screen writes a time: "28 Nov 2026 02:36:47", in the server's zone (the times Plan Desk records are
 * the server's local times; an engine deployment's instant is shown in the same zone), and a day: "14 Mar 2031".
 * For output only: {@code <f:converter converterId="plandesk.time"/>}, or {@link #time} and {@link #date}.
 */
@FacesConverter("plandesk.time")
public class ScreenTime implements Converter<Object> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static String time(LocalDateTime time) {
        return SHOWN.format(time);
    }

    static String date(LocalDate day) {
        return DAY.format(day);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object time) {
        if (time instanceof LocalDateTime local) {
            return SHOWN.format(local);
        }
        if (time instanceof LocalDate day) {
            return date(day);
        }
        if (time instanceof Instant instant) {
            return SHOWN.format(instant.atZone(ZoneId.systemDefault()));
        }
        return time == null ? "" : time.toString();
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("plandesk.time only writes times");
    }
}
