package partnerportal.dev;

import com.partnerportal.catalogue.Audience;
import com.partnerportal.catalogue.NewResource;
import com.partnerportal.catalogue.ResourceType;
import com.partnerportal.catalogue.Resources;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import partnerportal.testing.SamplePdf;

/** The reference scenario's catalogue (R6.1): SentinelOne sales and pre-sales material in both languages. */
final class DemoResources {

    private record Demo(
            String title,
            String description,
            ResourceType type,
            Audience audience,
            String language,
            String products,
            int daysAgo,
            String link) {}

    private static final String XDR = "Singularity XDR";
    private static final String PLATFORM = "Singularity Platform";
    private static final String CLOUD = "Singularity Cloud";
    private static final String IDENTITY = "Singularity Identity";
    private static final String PURPLE = "Purple AI";
    private static final String RANGER = "Singularity Ranger";

    private static final List<Demo> DEMOS = List.of(
            new Demo(
                    "Singularity Platform overview deck",
                    "The forty-minute first meeting deck: autonomous endpoint"
                            + " protection, XDR and cloud security on one console, with customer proof points.",
                    ResourceType.PRESENTATION,
                    Audience.SALES,
                    "en",
                    PLATFORM,
                    5,
                    null),
            new Demo(
                    "Présentation de la plateforme Singularity",
                    "La présentation du premier rendez-vous : protection"
                            + " autonome des terminaux, XDR et sécurité du cloud sur une seule console, avec des références clients.",
                    ResourceType.PRESENTATION,
                    Audience.SALES,
                    "fr",
                    PLATFORM,
                    6,
                    null),
            new Demo(
                    "Singularity XDR datasheet",
                    "Detection and response across endpoint, cloud and identity:"
                            + " Storyline correlation, one-click remediation and ransomware rollback.",
                    ResourceType.DATASHEET,
                    Audience.PRE_SALES,
                    "en",
                    XDR,
                    12,
                    null),
            new Demo(
                    "Fiche produit Singularity XDR",
                    "Détection et réponse sur les terminaux, le cloud et les identités :"
                            + " corrélation Storyline, remédiation en un clic et retour arrière après un rançongiciel.",
                    ResourceType.DATASHEET,
                    Audience.PRE_SALES,
                    "fr",
                    XDR,
                    12,
                    null),
            new Demo(
                    "Battlecard: winning against legacy antivirus",
                    "Objections, discovery questions and proof"
                            + " points for replacing signature-based antivirus in mid-market accounts.",
                    ResourceType.BATTLECARD,
                    Audience.SALES,
                    "en",
                    PLATFORM,
                    20,
                    null),
            new Demo(
                    "Battlecard : remplacer un antivirus traditionnel",
                    "Objections, questions de découverte et"
                            + " arguments pour remplacer un antivirus à signatures chez les entreprises de taille moyenne.",
                    ResourceType.BATTLECARD,
                    Audience.SALES,
                    "fr",
                    PLATFORM,
                    21,
                    null),
            new Demo(
                    "Ransomware protection and rollback",
                    "How behavioural AI stops ransomware before encryption and"
                            + " how rollback restores files that were encrypted anyway.",
                    ResourceType.WHITEPAPER,
                    Audience.TECHNICAL,
                    "en",
                    XDR,
                    35,
                    null),
            new Demo(
                    "Se protéger des rançongiciels",
                    "Comment l'IA comportementale arrête un rançongiciel avant le"
                            + " chiffrement, et comment restaurer les fichiers déjà chiffrés.",
                    ResourceType.WHITEPAPER,
                    Audience.TECHNICAL,
                    "fr",
                    XDR,
                    36,
                    null),
            new Demo(
                    "Purple AI demo script",
                    "A fifteen-minute scripted demo of Purple AI: natural-language threat"
                            + " hunting, summaries of incidents and suggested next steps.",
                    ResourceType.GUIDE,
                    Audience.PRE_SALES,
                    "en",
                    PURPLE,
                    3,
                    null),
            new Demo(
                    "Script de démonstration Purple AI",
                    "Une démonstration de quinze minutes de Purple AI : chasse"
                            + " aux menaces en langage naturel, résumés d'incidents et prochaines étapes suggérées.",
                    ResourceType.GUIDE,
                    Audience.PRE_SALES,
                    "fr",
                    PURPLE,
                    4,
                    null),
            new Demo(
                    "Cloud workload security datasheet",
                    "Runtime protection for Kubernetes, containers and virtual"
                            + " machines, with cloud security posture management.",
                    ResourceType.DATASHEET,
                    Audience.PRE_SALES,
                    "en",
                    CLOUD,
                    48,
                    null),
            new Demo(
                    "Fiche produit sécurité des charges cloud",
                    "Protection à l'exécution pour Kubernetes, les"
                            + " conteneurs et les machines virtuelles, avec la gestion de la posture de sécurité du cloud.",
                    ResourceType.DATASHEET,
                    Audience.PRE_SALES,
                    "fr",
                    CLOUD,
                    49,
                    null),
            new Demo(
                    "Identity threat detection overview",
                    "Protect Active Directory and Entra ID: deception,"
                            + " credential misuse detection and attack path visibility.",
                    ResourceType.PRESENTATION,
                    Audience.PRE_SALES,
                    "en",
                    IDENTITY,
                    60,
                    null),
            new Demo(
                    "Détection des menaces sur les identités",
                    "Protéger Active Directory et Entra ID : leurres,"
                            + " détection de l'usage abusif d'identifiants et visibilité des chemins d'attaque.",
                    ResourceType.PRESENTATION,
                    Audience.PRE_SALES,
                    "fr",
                    IDENTITY,
                    61,
                    null),
            new Demo(
                    "Case study: a hospital group stops ransomware",
                    "A 12,000-endpoint hospital group replaced its"
                            + " antivirus and cut incident response time from days to minutes.",
                    ResourceType.CASE_STUDY,
                    Audience.SALES,
                    "en",
                    XDR,
                    75,
                    null),
            new Demo(
                    "Étude de cas : une collectivité territoriale",
                    "Une collectivité de 3 000 postes a déployé"
                            + " Singularity en six semaines et automatisé la réponse aux incidents.",
                    ResourceType.CASE_STUDY,
                    Audience.SALES,
                    "fr",
                    PLATFORM,
                    76,
                    null),
            new Demo(
                    "Network discovery with Ranger",
                    "Find unmanaged devices on the network and deploy agents to them" + " without extra hardware.",
                    ResourceType.DATASHEET,
                    Audience.TECHNICAL,
                    "en",
                    RANGER,
                    90,
                    null),
            new Demo(
                    "Découverte du réseau avec Ranger",
                    "Repérer les appareils non gérés du réseau et y déployer"
                            + " des agents sans matériel supplémentaire.",
                    ResourceType.DATASHEET,
                    Audience.TECHNICAL,
                    "fr",
                    RANGER,
                    91,
                    null),
            new Demo(
                    "Pricing and packaging guide",
                    "Core, Control and Complete bundles, add-ons and the rules for" + " multi-year and MSSP pricing.",
                    ResourceType.GUIDE,
                    Audience.SALES,
                    "en",
                    PLATFORM,
                    15,
                    null),
            new Demo(
                    "Guide des offres et des prix",
                    "Les offres Core, Control et Complete, les options et les règles"
                            + " de prix pluriannuels et MSSP.",
                    ResourceType.GUIDE,
                    Audience.SALES,
                    "fr",
                    PLATFORM,
                    16,
                    null),
            new Demo(
                    "Deployment best practices",
                    "Plan a rollout of the agent: pilot groups, exclusions, policies and"
                            + " the migration away from a previous endpoint product.",
                    ResourceType.GUIDE,
                    Audience.TECHNICAL,
                    "en",
                    PLATFORM,
                    110,
                    null),
            new Demo(
                    "Bonnes pratiques de déploiement",
                    "Préparer le déploiement de l'agent : groupes pilotes,"
                            + " exclusions, politiques et migration depuis un produit précédent.",
                    ResourceType.GUIDE,
                    Audience.TECHNICAL,
                    "fr",
                    PLATFORM,
                    111,
                    null),
            new Demo(
                    "MSSP partner program presentation",
                    "What managed security service providers get: multi-tenant"
                            + " console, monthly billing and co-marketing funds.",
                    ResourceType.PRESENTATION,
                    Audience.SALES,
                    "en",
                    PLATFORM,
                    25,
                    null),
            new Demo(
                    "Programme partenaires MSSP",
                    "Ce que reçoivent les fournisseurs de services de sécurité gérés :"
                            + " console multi-locataire, facturation mensuelle et fonds de co-marketing.",
                    ResourceType.PRESENTATION,
                    Audience.SALES,
                    "fr",
                    PLATFORM,
                    26,
                    null),
            new Demo(
                    "Purple AI in five minutes (video)",
                    "A short video of a threat hunt with Purple AI, from a"
                            + " question in plain English to a contained endpoint.",
                    ResourceType.VIDEO,
                    Audience.SALES,
                    "en",
                    PURPLE,
                    8,
                    "https://videos.sentinelone.example/purple-ai-five-minutes"),
            new Demo(
                    "Purple AI en cinq minutes (vidéo)",
                    "Une courte vidéo de chasse aux menaces avec Purple AI, d'une"
                            + " question en français à un terminal isolé.",
                    ResourceType.VIDEO,
                    Audience.SALES,
                    "fr",
                    PURPLE,
                    9,
                    "https://videos.sentinelone.example/purple-ai-cinq-minutes"),
            new Demo(
                    "Competitive battlecard: XDR platforms",
                    "How Singularity XDR compares with other XDR platforms on"
                            + " data retention, automation and total cost.",
                    ResourceType.BATTLECARD,
                    Audience.PRE_SALES,
                    "en",
                    XDR,
                    40,
                    null),
            new Demo(
                    "Battlecard concurrentielle : plateformes XDR",
                    "Comparer Singularity XDR aux autres plateformes"
                            + " XDR : conservation des données, automatisation et coût total.",
                    ResourceType.BATTLECARD,
                    Audience.PRE_SALES,
                    "fr",
                    XDR,
                    41,
                    null),
            new Demo(
                    "Endpoint security for small businesses",
                    "A one-page brief for owners of small businesses:"
                            + " what endpoint protection does and why antivirus is not enough.",
                    ResourceType.WHITEPAPER,
                    Audience.SALES,
                    "en",
                    PLATFORM,
                    130,
                    null),
            new Demo(
                    "Sécurité des postes de travail pour les petites entreprises",
                    "Une page pour les dirigeants de"
                            + " petites entreprises : ce que fait la protection des terminaux et pourquoi un antivirus ne"
                            + " suffit plus.",
                    ResourceType.WHITEPAPER,
                    Audience.SALES,
                    "fr",
                    PLATFORM,
                    131,
                    null));

    private DemoResources() {}

    static int seed(Resources resources) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (Demo demo : DEMOS) {
            var resource = new NewResource(
                    demo.title(),
                    demo.description(),
                    demo.type(),
                    demo.audience(),
                    demo.language(),
                    Arrays.asList(demo.products().split(",")),
                    today.minusDays(demo.daysAgo()),
                    demo.link());
            if (demo.link() != null) {
                resources.publishLink(resource);
            } else {
                byte[] pdf = SamplePdf.of(demo.title(), demo.description(), "SentinelOne partner material (demo)");
                String fileName =
                        demo.title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "") + ".pdf";
                resources.publish(resource, fileName, new ByteArrayInputStream(pdf), pdf.length);
            }
        }
        return DEMOS.size();
    }
}
