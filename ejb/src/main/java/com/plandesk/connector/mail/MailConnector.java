package com.plandesk.connector.mail;

import com.plandesk.kernel.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/** Sends mail through the server's mail session (java:jboss/mail/PlanDesk). */
@ApplicationScoped
public class MailConnector {

    private static final Logger LOG = Logger.getLogger(MailConnector.class.getName());
    static final String FROM = "Plan Desk <no-reply@plandesk.example>";
    private static final AtomicBoolean UNSENT_WARNED = new AtomicBoolean();

    @Resource(lookup = "java:jboss/mail/PlanDesk")
    private Session session;

    /**
     * @return where the message went: "Sent to …", or "Logged (no SMTP server configured)" when
     * PLANDESK_SMTP_HOST is unset, so that the demo runs without a mail server and says so.
     */
    public String send(String to, String subject, String body) {
        return send(to, subject, body, null);
    }

    /**
     * With a key, the message's Message-ID is made from it: a message sent again for the same key (a task
     * retried by another node after its first node died between sending and committing) is the same message,
     * which mail clients show once.
     */
    public String send(String to, String subject, String body, String key) {
        if (Settings.smtpHost() == null) {
            // Said once, not per e-mail: a bulk run of 10,000 rows would write 10,000 lines saying the same.
            if (UNSENT_WARNED.compareAndSet(false, true)) {
                LOG.warning("No SMTP server configured (PLANDESK_SMTP_HOST): e-mails are not sent. Each task says "
                        + "so in its detail; recipients and subjects are logged at level FINE.");
            }
            LOG.fine(() -> "E-mail to " + to + " not sent: " + subject + "\n" + body);
            return "Logged for " + to + " (no SMTP server configured)";
        }
        try {
            String messageId = key == null ? null : "<" + key + "@plandesk.example>";
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    if (messageId == null) {
                        super.updateMessageID();
                    } else {
                        setHeader("Message-ID", messageId);
                    }
                }
            };
            message.setFrom(new InternetAddress(FROM));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
            return "Sent to " + to;
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not send e-mail to " + to + ": " + e.getMessage(), e);
        }
    }
}
