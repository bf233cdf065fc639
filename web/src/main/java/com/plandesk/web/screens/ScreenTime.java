package com.plandesk.web.screens;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How every screen writes a time: "28 Nov 2026 02:36:47", in the server's zone (the times Plan Desk records are
 * the server's local times; an engine deployment's instant is shown in the same zone). For output only:
 * {@code <f:converter converterId="plandesk.time"/>}.
 */
@FacesConverter("plandesk.time")
public class ScreenTime implements Converter<Object> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object time) {
        if (time instanceof LocalDateTime local) {
            return SHOWN.format(local);
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
