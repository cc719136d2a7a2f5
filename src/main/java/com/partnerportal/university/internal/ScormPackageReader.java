package com.partnerportal.university.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a SCORM package (R5.7) as a vendor admin uploads it, trusting nothing in it: at most so many
 * entries and so many bytes once uncompressed, counted as they are read rather than as the zip
 * claims (a zip bomb stops at the limit); every entry name a plain relative path (no {@code ..}, no
 * absolute or drive path, no backslash: no zip slip); {@code imsmanifest.xml} at the root, parsed
 * with doctypes refused (no external entity, no entity expansion); its edition, its default
 * organisation and the SCOs it launches, each launch file present in the zip.
 */
public final class ScormPackageReader {

    private static final String MANIFEST = "imsmanifest.xml";
    private static final int MANIFEST_MOST_BYTES = 2 * 1024 * 1024;

    /** How much a package may hold. */
    public record Limits(int maxEntries, long maxTotalBytes) {}

    /** Why a package is refused: the message key the page shows, and a detail for the log. */
    public static final class PackageRefusedException extends Exception {

        private final String messageKey;

        PackageRefusedException(String messageKey, String detail) {
            super(detail);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Receives each file of an accepted package, in the zip's order, with its bytes limited as they are read. */
    @FunctionalInterface
    public interface Files {
        void accept(String path, InputStream content) throws IOException;
    }

    private ScormPackageReader() {}

    /**
     * Checks the package and hands each of its files to {@code files}; a refusal may come after some
     * files were handed over, so the caller stores them in a transaction it rolls back then.
     */
    public static ScormManifest read(Path zip, Limits limits, Files files) throws PackageRefusedException {
        try (var archive = new ZipFile(zip.toFile())) {
            var paths = paths(archive, limits);
            var manifest = manifest(archive, paths);
            var budget = new long[] {limits.maxTotalBytes()};
            for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream content = new Budgeted(archive.getInputStream(entry), budget)) {
                    files.accept(entry.getName(), content);
                }
            }
            return manifest;
        } catch (TooLargeException tooLarge) {
            throw new PackageRefusedException("scorm.tooLarge", "more than the limit once uncompressed");
        } catch (ZipException notAZip) {
            throw new PackageRefusedException("scorm.notZip", String.valueOf(notAZip.getMessage()));
        } catch (IOException unreadable) {
            throw new PackageRefusedException("scorm.notZip", String.valueOf(unreadable.getMessage()));
        }
    }

    private static Set<String> paths(ZipFile archive, Limits limits) throws PackageRefusedException {
        if (archive.size() > limits.maxEntries()) {
            throw new PackageRefusedException("scorm.tooManyEntries", archive.size() + " entries");
        }
        Set<String> paths = new HashSet<>();
        for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (!isSafe(name)) {
                throw new PackageRefusedException("scorm.unsafePath", "entry " + name);
            }
            if (!paths.add(name)) {
                throw new PackageRefusedException("scorm.unsafePath", "entry " + name + " twice");
            }
        }
        return paths;
    }

    /** A relative path that stays inside the package: no absolute, drive or parent part, no backslash or control character. */
    static boolean isSafe(String name) {
        if (name.isEmpty() || name.length() > 500 || name.startsWith("/") || name.contains("\\")) {
            return false;
        }
        for (char c : name.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c == ':') {
                return false;
            }
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static ScormManifest manifest(ZipFile archive, Set<String> paths)
            throws IOException, PackageRefusedException {
        ZipEntry entry = archive.getEntry(MANIFEST);
        if (entry == null) {
            throw new PackageRefusedException("scorm.noManifest", "no " + MANIFEST + " at the root");
        }
        byte[] bytes;
        try (InputStream in = archive.getInputStream(entry)) {
            bytes = in.readNBytes(MANIFEST_MOST_BYTES + 1);
        }
        if (bytes.length > MANIFEST_MOST_BYTES) {
            throw new PackageRefusedException("scorm.badManifest", MANIFEST + " is too large");
        }
        Document document = parse(bytes);
        Element root = document.getDocumentElement();
        if (!"manifest".equals(root.getLocalName())) {
            throw new PackageRefusedException("scorm.badManifest", "the root element is not a manifest");
        }
        var version = version(root);
        var resources = resources(root);
        var organisation = defaultOrganisation(root);
        var scos = new ArrayList<ScormManifest.Sco>();
        collectScos(organisation, resources, scos);
        if (scos.isEmpty()) {
            throw new PackageRefusedException("scorm.noLaunch", "no item launches a resource");
        }
        for (var sco : scos) {
            String file = sco.launch().replaceFirst("[?#].*$", "");
            if (!paths.contains(file)) {
                throw new PackageRefusedException("scorm.missingFile", sco.launch() + " is not in the package");
            }
        }
        String title = child(organisation, "title")
                .map(Node::getTextContent)
                .map(String::strip)
                .orElse("");
        return new ScormManifest(version, title, scos, masteryScore(organisation, version));
    }

    private static Document parse(byte[] bytes) throws PackageRefusedException {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(null);
            return builder.parse(new java.io.ByteArrayInputStream(bytes));
        } catch (SAXException | IOException malformed) {
            throw new PackageRefusedException("scorm.badManifest", String.valueOf(malformed.getMessage()));
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException("The JDK's XML parser cannot be hardened", impossible);
        }
    }

    private static ScormVersion version(Element root) throws PackageRefusedException {
        String declared = descendant(root, "schemaversion")
                .map(Node::getTextContent)
                .map(text -> text.strip().toLowerCase(Locale.ROOT))
                .orElse("");
        if (declared.equals("1.2")) {
            return ScormVersion.SCORM_12;
        }
        if (declared.contains("4th")) {
            return ScormVersion.SCORM_2004_4TH;
        }
        if (declared.contains("3rd") || declared.contains("2nd") || declared.equals("cam 1.3")) {
            return ScormVersion.SCORM_2004_3RD;
        }
        String namespaces = namespaces(root);
        if (declared.isEmpty() && namespaces.contains("adlcp_rootv1p2")) {
            return ScormVersion.SCORM_12;
        }
        if (declared.isEmpty() && namespaces.contains("adlcp_v1p3")) {
            return ScormVersion.SCORM_2004_3RD;
        }
        throw new PackageRefusedException("scorm.unknownVersion", "schemaversion '" + declared + "'");
    }

    private static String namespaces(Element root) {
        var all = new StringBuilder();
        var attributes = root.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            all.append(attributes.item(i).getNodeValue()).append(' ');
        }
        return all.toString();
    }

    /** Resource identifier → its launch file, with the resource's (and resources') xml:base. */
    private static Map<String, String> resources(Element root) {
        Map<String, String> hrefs = new HashMap<>();
        child(root, "resources").ifPresent(resources -> {
            String base = base(resources);
            for (Element resource : children(resources, "resource")) {
                String href = resource.getAttribute("href");
                if (!href.isEmpty()) {
                    hrefs.put(resource.getAttribute("identifier"), base + base(resource) + href);
                }
            }
        });
        return hrefs;
    }

    private static String base(Element element) {
        return element.getAttributeNS(XMLConstants.XML_NS_URI, "base");
    }

    private static Element defaultOrganisation(Element root) throws PackageRefusedException {
        var organisations = child(root, "organizations")
                .orElseThrow(() -> new PackageRefusedException("scorm.noLaunch", "no organizations"));
        String preferred = organisations.getAttribute("default");
        var all = children(organisations, "organization");
        return all.stream()
                .filter(organisation -> organisation.getAttribute("identifier").equals(preferred))
                .findFirst()
                .or(() -> all.stream().findFirst())
                .orElseThrow(() -> new PackageRefusedException("scorm.noLaunch", "no organization"));
    }

    private static void collectScos(Element parent, Map<String, String> resources, List<ScormManifest.Sco> scos) {
        for (Element item : children(parent, "item")) {
            String launch = resources.get(item.getAttribute("identifierref"));
            if (launch != null && !"false".equals(item.getAttribute("isvisible"))) {
                String parameters = item.getAttribute("parameters");
                String title = child(item, "title")
                        .map(Node::getTextContent)
                        .map(String::strip)
                        .orElse("");
                scos.add(
                        new ScormManifest.Sco(item.getAttribute("identifier"), title, launch + parameters(parameters)));
            }
            collectScos(item, resources, scos);
        }
    }

    private static String parameters(String parameters) {
        if (parameters.isEmpty() || parameters.startsWith("?") || parameters.startsWith("#")) {
            return parameters;
        }
        return "?" + parameters;
    }

    private static Optional<Double> masteryScore(Element organisation, ScormVersion version) {
        String text = version == ScormVersion.SCORM_12
                ? descendant(organisation, "masteryscore")
                        .map(Node::getTextContent)
                        .orElse("")
                : descendant(organisation, "minNormalizedMeasure")
                        .map(Node::getTextContent)
                        .map(measure -> {
                            try {
                                return String.valueOf(Double.parseDouble(measure.strip()) * 100);
                            } catch (NumberFormatException notANumber) {
                                return "";
                            }
                        })
                        .orElse("");
        try {
            double score = Double.parseDouble(text.strip());
            return score >= 0 && score <= 100 ? Optional.of(score) : Optional.empty();
        } catch (NumberFormatException notSet) {
            return Optional.empty();
        }
    }

    private static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    private static List<Element> children(Element parent, String localName) {
        var found = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Optional<Element> descendant(Element parent, String localName) {
        var nodes = parent.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? Optional.empty() : Optional.of((Element) nodes.item(0));
    }

    /** Thrown when the bytes read from the package pass its limit. */
    private static final class TooLargeException extends IOException {}

    /** An entry's content that counts every byte read against the package's remaining budget. */
    private static final class Budgeted extends java.io.FilterInputStream {

        private final long[] budget;

        Budgeted(InputStream in, long[] budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                spend(n);
            }
            return n;
        }

        private void spend(long bytes) throws TooLargeException {
            budget[0] -= bytes;
            if (budget[0] < 0) {
                throw new TooLargeException();
            }
        }
    }
}
