/**
 * My company (R11.1): a partner administrator's view of their company — its users with their last
 * login, technical seat and certifications, the seat holders, deal registrations and programme level —
 * and the colleagues they invite, disable and enable. Reads the other modules' tables as a read model
 * (as the dashboards do) and changes accounts only through the accounts module, which checks the
 * caller's rights again.
 */
@org.springframework.modulith.ApplicationModule(displayName = "My company")
package com.partnerportal.mycompany;
