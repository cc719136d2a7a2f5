package partnerportal.dev;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.internal.UserAdministration;
import com.partnerportal.catalogue.Resources;
import com.partnerportal.deals.internal.DealStore;
import com.partnerportal.deals.internal.Deals;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.internal.LevelComputation;
import com.partnerportal.programme.internal.ProgrammeAdministration;
import com.partnerportal.university.Courses;
import com.partnerportal.university.internal.Certificates;
import com.partnerportal.university.internal.TechnicalSeats;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The reference scenario's demo data, seeded into an empty database when the portal is ready. */
@TestConfiguration(proxyBeanMethods = false)
class DemoDataConfiguration {

    @Bean
    DemoData demoData(
            Partners partners,
            Accounts accounts,
            Courses courses,
            Resources resources,
            JdbcClient jdbc,
            Deals deals,
            DealStore dealStore,
            DemoProgramme.Services programme) {
        return new DemoData(partners, accounts, courses, resources, jdbc, deals, dealStore, programme);
    }

    @Bean
    DemoProgramme.Services demoProgrammeServices(
            ProgrammeAdministration administration,
            LevelComputation computation,
            UserAdministration users,
            Accounts accounts,
            TechnicalSeats seats,
            Certificates certificates,
            JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        return new DemoProgramme.Services(
                administration,
                computation,
                users,
                accounts,
                seats,
                certificates,
                jdbc,
                new TransactionTemplate(transactions));
    }
}
