package com.plandesk.web;

import com.plandesk.staff.SignIn;
import com.plandesk.staff.SignIns;
import com.plandesk.staff.StaffAccounts;
import com.plandesk.web.api.RefusedSignIn;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins as the server decides them. Records a refused form (the server forwards it to the sign-in error page),
 * a refused API call (forwarded to the sign-in page, answered in JSON by {@link RefusedSignIn}), the first request
 * of a signed-in session, and an API caller's Basic credentials — which come with every call — once per user and
 * address every quarter of an hour, or at once after a refusal (so that it ends the count towards a lock). And
 * sends a user whose password an admin reset to the password page until they choose their own.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class SignInRecords extends HttpFilter {

    /** Session attribute: this user must choose a new password before anything else. */
    public static final String MUST_CHANGE_PASSWORD = SignInRecords.class.getName() + ".mustChangePassword";
    static final String PASSWORD_PAGE = "/password.xhtml";
    private static final String RECORDED = SignInRecords.class.getName();
    private static final Duration API_WINDOW = Duration.ofMinutes(15);
    private static final int MOST_REMEMBERED = 10_000;

    /** When each API caller (user and address) was last recorded on this server. */
    private final Map<String, Instant> apiCallers = new ConcurrentHashMap<>();
    /** Users refused on this server since their last recorded sign-in. */
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    @EJB
    private SignIns signIns;

    @EJB
    private StaffAccounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.FORWARD) {
            if (RefusedSignIn.isRefusedApiCall(request)) {
                refuse(RefusedSignIn.basicUser(request), request, SignIn.Channel.API);
                RefusedSignIn.answer(request, response);
                return;
            }
            String username = request.getParameter("j_username");
            if ("/login-error.xhtml".equals(request.getServletPath()) && username != null) {
                refuse(username, request, SignIn.Channel.SCREENS);
            }
        } else {
            Principal user = request.getUserPrincipal();
            if (user != null) {
                recordSignedIn(request, user.getName());
                HttpSession session = request.getSession(false);
                if (session != null && session.getAttribute(MUST_CHANGE_PASSWORD) != null
                        && isAScreen(request.getServletPath())) {
                    response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(String username, HttpServletRequest request, SignIn.Channel channel) {
        if (refused.size() > MOST_REMEMBERED) {
            refused.clear(); // names made up by a guesser: at worst a refusal counts towards a lock for longer
        }
        refused.add(username);
        signIns.refused(username, request.getRemoteAddr(), channel);
    }

    private void recordSignedIn(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(RECORDED) == null) {
                session.setAttribute(RECORDED, Boolean.TRUE);
                refused.remove(username);
                signIns.succeeded(username, request.getRemoteAddr(), SignIn.Channel.SCREENS);
                if (accounts.mustChangePassword(username)) {
                    session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
                }
            }
            return;
        }
        Instant now = Instant.now();
        String caller = username + " " + request.getRemoteAddr();
        Instant last = apiCallers.get(caller);
        boolean refusedSince = refused.remove(username);
        if (last == null || last.isBefore(now.minus(API_WINDOW)) || refusedSince) {
            apiCallers.put(caller, now);
            signIns.succeeded(username, request.getRemoteAddr(), SignIn.Channel.API);
        }
    }

    /** A page of the screens other than the password page (not the API, styles, scripts or the sign-in pages). */
    private static boolean isAScreen(String path) {
        return path.endsWith(".xhtml") && !path.equals(PASSWORD_PAGE) && !path.startsWith("/login")
                && !path.startsWith("/jakarta.faces.resource/");
    }
}
