package partnerportal.dev;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.catalogue.Resources;
import com.partnerportal.deals.internal.DealStore;
import com.partnerportal.deals.internal.Deals;
import com.partnerportal.partners.Partners;
import com.partnerportal.university.Courses;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

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
            DealStore dealStore) {
        return new DemoData(partners, accounts, courses, resources, jdbc, deals, dealStore);
    }
}
