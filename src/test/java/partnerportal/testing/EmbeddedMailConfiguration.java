package partnerportal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the JVM (GreenMail) and the portal's mail sender pointed at it. The port
 * is {@code portal.dev.smtp-port}, or a free one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedMailConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail(@Value("${portal.dev.smtp-port:0}") int port) {
        var setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        return new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail greenMail) {
        return senderFor(greenMail.getSmtp().getPort());
    }

    public static JavaMailSenderImpl senderFor(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "3000");
        properties.put("mail.smtp.writetimeout", "5000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
