package org.newsclip.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JSON-LD blocks of a page, read tolerantly (comments, trailing commas, raw newlines, CDATA, HTML entities,
 * several values per script) and flattened: {@code @graph}, arrays and nested main entities become one list of
 * nodes, with {@code @id} references resolvable.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_MISSING_VALUES,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .build();
    private static final Pattern WRAPPERS = Pattern.compile("^\\s*(?://\\s*)?(?:<!\\[CDATA\\[|<!--)|(?://\\s*)?(?:]]>|-->)\\s*$");

    private final List<JsonNode> nodes = new ArrayList<>();
    private final Map<String, JsonNode> byId = new HashMap<>();

    /** Reads every {@code application/ld+json} script of the document; problems become warnings. */
    static JsonLd read(PageIndex index, List<String> warnings) {
        JsonLd ld = new JsonLd();
        for (Element script : index.tag("script")) {
            if (!script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) continue;
            String src = ScriptDates.data(script);
            if (src.isBlank()) continue;
            ld.parse(src, warnings);
        }
        return ld;
    }

    private void parse(String src, List<String> warnings) {
        String s = src.trim();
        // the wrapper regex scans the whole block; run it only where a wrapper can be
        if (s.contains("<!") || s.contains("]]>") || s.contains("-->")) s = WRAPPERS.matcher(s).replaceAll("").trim();
        List<JsonNode> values = values(s);
        if (values == null && s.contains("&")) values = values(Parser.unescapeEntities(s, false));
        if (values == null) values = values(s.replaceAll("[\\r\\n\\t]+", " "));
        if (values == null) {
            values = salvage(s);
            warnings.add(values.isEmpty() ? "JSON-LD unreadable" : "broken JSON-LD repaired");
        }
        for (JsonNode v : values) flatten(v, 0);
    }

    private static List<JsonNode> values(String s) {
        List<JsonNode> out = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(s); MappingIterator<JsonNode> it = MAPPER.readValues(p, JsonNode.class)) {
            while (it.hasNextValue()) out.add(it.nextValue());
            return out;
        } catch (IOException | RuntimeException e) {
            return out.isEmpty() ? null : out;
        }
    }

    /** Last resort for a truncated or doubly-closed block: read the longest prefix that parses when closed. */
    private static List<JsonNode> salvage(String s) {
        int depth = 0;
        StringBuilder closers = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') inString = true;
            else if (c == '{' || c == '[') closers.append(c == '{' ? '}' : ']');
            else if ((c == '}' || c == ']') && closers.length() > 0) closers.setLength(closers.length() - 1);
            depth = closers.length();
        }
        if (depth == 0) return List.of();
        List<JsonNode> v = values(s.replaceAll(",\\s*$", "") + closers.reverse());
        return v == null ? List.of() : v;
    }

    private void flatten(JsonNode n, int depth) {
        if (n == null || depth > 6) return;
        if (n.isArray()) {
            for (JsonNode c : n) flatten(c, depth + 1);
            return;
        }
        if (!n.isObject()) return;
        if (n.has("@graph")) flatten(n.get("@graph"), depth + 1);
        if (n.has("@type") || n.size() > 1) {
            nodes.add(n);
            String id = str(n.get("@id"));
            if (id != null) byId.putIfAbsent(id, n);
        }
        JsonNode main = n.get("mainEntity");
        if (main != null && (main.isObject() || main.isArray())) flatten(main, depth + 1);
        JsonNode page = n.get("mainEntityOfPage");
        if (page != null && page.isObject() && page.has("@type") && page.size() > 2) flatten(page, depth + 1);
    }

    /** All nodes, in page order. */
    List<JsonNode> nodes() {
        return nodes;
    }

    boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The node itself, or the node its {@code @id} refers to when it is only a reference. */
    JsonNode resolve(JsonNode n) {
        if (n != null && n.isObject() && n.size() <= 2 && n.has("@id")) {
            JsonNode target = byId.get(str(n.get("@id")));
            if (target != null) return target;
        }
        return n;
    }

    /** The article the page is about: the first article-typed node with a headline, else a page or any typed node. */
    JsonNode mainEntity() {
        JsonNode article = null;
        for (JsonNode n : nodes) {
            if (hasType(n, Vocabulary.ARTICLE_TYPES)) {
                if (n.has("headline") || n.has("articleBody")) return n;
                if (article == null) article = n;
            }
        }
        if (article != null) return article;
        for (JsonNode n : nodes) if (hasType(n, Vocabulary.PAGE_TYPES)) return n;
        for (JsonNode n : nodes) {
            if (n.has("@type") && !hasType(n, Vocabulary.ORG_TYPES) && !hasType(n, java.util.Set.of("breadcrumblist",
                    "person", "searchaction", "imageobject", "sitenavigationelement", "itemlist"))) return n;
        }
        return null;
    }

    /** Shortest description taken as a person's biography (a few words are a job title). */
    private static final int BIO_MIN_CHARS = 60;

    /**
     * The descriptions of the persons the JSON-LD describes (SEO plugins publish the author's biography there) and
     * of the article's author objects, in page order, without repeats: the author box under a story prints them.
     */
    List<String> personBios(JsonNode main) {
        java.util.LinkedHashSet<String> bios = new java.util.LinkedHashSet<>();
        for (JsonNode n : nodes) {
            if (hasType(n, Vocabulary.PERSON_TYPES)) addBio(bios, n);
        }
        if (main != null) {
            for (JsonNode a : list(main.get("author"))) addBio(bios, resolve(a));
        }
        return List.copyOf(bios);
    }

    private static void addBio(java.util.Set<String> bios, JsonNode n) {
        if (n == null || !n.isObject()) return;
        String d = str(n.get("description"));
        if (d != null && d.length() >= BIO_MIN_CHARS) bios.add(d);
    }

    /** The first node of one of the given (lower-case) types, or null. */
    JsonNode firstOfType(java.util.Set<String> types) {
        for (JsonNode n : nodes) if (hasType(n, types)) return n;
        return null;
    }

    /** The node's first {@code @type}, as written, or null. */
    static String type(JsonNode n) {
        if (n == null) return null;
        JsonNode t = n.get("@type");
        if (t == null) return null;
        if (t.isArray()) return t.size() == 0 ? null : stripSchema(t.get(0).asText());
        return stripSchema(t.asText());
    }

    static boolean hasType(JsonNode n, java.util.Set<String> types) {
        JsonNode t = n == null ? null : n.get("@type");
        if (t == null) return false;
        if (t.isArray()) {
            for (JsonNode x : t) if (types.contains(stripSchema(x.asText()).toLowerCase(Locale.ROOT))) return true;
            return false;
        }
        return types.contains(stripSchema(t.asText()).toLowerCase(Locale.ROOT));
    }

    private static String stripSchema(String t) {
        int i = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        return i >= 0 ? t.substring(i + 1) : t;
    }

    /** A scalar as trimmed text (entities decoded), the first of an array, or null. */
    static String str(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.size() == 0 ? null : str(n.get(0));
        if (n.isObject()) return null;
        String s = n.asText().trim();
        if (s.indexOf('&') >= 0) s = Parser.unescapeEntities(s, false);
        return s.isEmpty() ? null : s;
    }

    /** A value that may be a string or an object with a name or url (e.g. {@code publisher}, {@code image}). */
    static String nameOrText(JsonNode n) {
        if (n == null) return null;
        if (n.isArray()) return n.size() == 0 ? null : nameOrText(n.get(0));
        if (n.isObject()) return str(n.get("name"));
        return str(n);
    }

    /** Each item of an array (or the value itself) as a list. */
    static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (n.isArray()) n.forEach(out::add);
        else out.add(n);
        return out;
    }
}
