package org.newsclip.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import org.newsclip.model.Image;
import org.newsclip.model.Publisher;

/** The publisher as declared: the JSON-LD publisher of the main entity or the page's Organization node. */
final class Organisations {
    private Organisations() {
    }

    /** The publisher, or null when the page declares none. */
    static Publisher publisher(JsonLd ld, JsonNode main, String siteName, String baseUrl) {
        JsonNode org = main == null ? null : ld.resolve(first(main.get("publisher")));
        if (org == null || !org.isObject()) {
            JsonNode named = org;
            org = ld.firstOfType(java.util.Set.of("newsmediaorganization", "organization", "corporation"));
            if (org == null && named != null && named.isTextual()) {
                return new Publisher(JsonLd.str(named), null, null, null, null, null);
            }
        }
        if (org == null) return siteName == null ? null : new Publisher(siteName, null, null, null, null, null);
        String email = JsonLd.str(org.get("email"));
        String phone = JsonLd.str(org.get("telephone"));
        JsonNode contact = first(org.get("contactPoint"));
        if (contact != null && contact.isObject()) {
            if (email == null) email = JsonLd.str(contact.get("email"));
            if (phone == null) phone = JsonLd.str(contact.get("telephone"));
        }
        if (email != null) email = email.replaceFirst("(?i)^mailto:", "");
        String name = JsonLd.str(org.get("name"));
        Publisher p = new Publisher(name == null ? siteName : name, url(org, baseUrl), email, phone,
                JsonLd.str(org.get("legalName")), logo(ld.resolve(first(org.get("logo"))), baseUrl));
        return p.isEmpty() ? null : p;
    }

    private static String url(JsonNode org, String baseUrl) {
        String u = JsonLd.str(org.get("url"));
        if (u == null) u = JsonLd.str(org.get("sameAs"));
        return u == null ? null : Images.absolute(u, baseUrl);
    }

    private static Image logo(JsonNode n, String baseUrl) {
        if (n == null) return null;
        if (!n.isObject()) return Images.image(JsonLd.str(n), null, null, null, null, baseUrl) == null ? null
                : new Image(Images.absolute(JsonLd.str(n), baseUrl), null, null, null, null, "logo");
        String u = JsonLd.str(n.get("url"));
        if (u == null) u = JsonLd.str(n.get("contentUrl"));
        if (u == null) return null;
        return new Image(Images.absolute(u, baseUrl), Images.integer(JsonLd.str(n.get("width"))),
                Images.integer(JsonLd.str(n.get("height"))), null, null, "logo");
    }

    static JsonNode first(JsonNode n) {
        if (n != null && n.isArray()) return n.size() == 0 ? null : n.get(0);
        return n;
    }
}
