package app.glance.speech;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites the technical tokens of screen text for the ear: URLs, e-mail addresses, key combos, paths, file names. */
final class ScreenPatterns {
    private static final Pattern URL = Pattern.compile(
            "\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'()\\[\\]]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b");
    private static final String MODIFIER = "(?:ctrl|control|alt|altgr|shift|cmd|command|win|windows|super|meta|option|opt|fn)";
    private static final Pattern KEY_COMBO = Pattern.compile(
            "\\b" + MODIFIER + "\\s*\\+\\s*(?:" + MODIFIER + "\\s*\\+\\s*)*[\\w]+\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WINDOWS_PATH = Pattern.compile("\\b([A-Za-z]):\\\\([^\\s\"<>|]*)");
    private static final Pattern UNIX_PATH = Pattern.compile("(?<![\\w/.:])(~|\\.{1,2})?(/[\\w.@+-]+)+/?");
    /** Extensions and top-level domains; a dotted name ending in one of these is read as a file or host name. */
    private static final Set<String> EXTENSIONS = Set.of("txt", "pdf", "doc", "docx", "odt", "rtf", "md", "csv",
            "xls", "xlsx", "ods", "ppt", "pptx", "odp", "png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "tif",
            "tiff", "heic", "mp3", "wav", "ogg", "flac", "m4a", "mp4", "mov", "avi", "mkv", "webm", "zip", "gz",
            "tgz", "bz2", "xz", "7z", "rar", "tar", "exe", "msi", "dmg", "deb", "rpm", "apk", "jar", "iso", "app",
            "html", "htm", "css", "js", "ts", "json", "xml", "yaml", "yml", "ini", "cfg", "conf", "log", "java",
            "py", "c", "cpp", "h", "sh", "bat", "ps1", "sql", "db", "onnx", "bin", "dat", "bak", "tmp", "ics",
            "eml", "epub", "ttf", "otf", "com", "org", "net", "io", "dev", "edu", "gov", "co", "uk", "de", "fr",
            "info", "ai", "me", "us", "ca", "eu", "nl", "au", "in");
    private static final Map<String, String> SAID_AS_WORD = Map.ofEntries(Map.entry("jpeg", "j peg"),
            Map.entry("java", "java"), Map.entry("zip", "zip"), Map.entry("app", "app"), Map.entry("docx", "doc x"),
            Map.entry("doc", "doc"), Map.entry("gif", "gif"), Map.entry("tar", "tar"), Map.entry("log", "log"),
            Map.entry("yaml", "yammel"), Map.entry("com", "com"), Map.entry("org", "org"), Map.entry("net", "net"),
            Map.entry("dev", "dev"), Map.entry("gov", "gov"), Map.entry("co", "co"), Map.entry("info", "info"),
            Map.entry("wav", "wave"), Map.entry("conf", "conf"), Map.entry("epub", "e pub"), Map.entry("bin", "bin"),
            Map.entry("onnx", "onnx"), Map.entry("me", "me"), Map.entry("webp", "web p"));
    private static final Pattern FILE_NAME = Pattern.compile(
            "\\b([\\w-]+(?:\\.[\\w-]+)*)\\.([A-Za-z][A-Za-z0-9]{0,3}|[A-Za-z0-9]{1,3}[A-Za-z])\\b");
    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("ctrl", "control"),
            Map.entry("cmd", "command"), Map.entry("win", "windows"), Map.entry("opt", "option"),
            Map.entry("altgr", "alt gr"), Map.entry("esc", "escape"), Map.entry("del", "delete"),
            Map.entry("ins", "insert"), Map.entry("pgup", "page up"), Map.entry("pgdn", "page down"),
            Map.entry("bksp", "backspace"), Map.entry("prtsc", "print screen"), Map.entry("fn", "function"));

    private ScreenPatterns() {
    }

    static String apply(String text) {
        String s = replace(text, URL, m -> url(m.group()));
        s = replace(s, EMAIL, m -> email(m.group()));
        s = replace(s, KEY_COMBO, m -> keyCombo(m.group()));
        s = replace(s, WINDOWS_PATH, m -> m.group(1).toUpperCase(Locale.ROOT) + " drive"
                + (m.group(2).isEmpty() ? "" : " slash " + segments(m.group(2), "\\\\")));
        s = replace(s, UNIX_PATH, ScreenPatterns::unixPath);
        return replace(s, FILE_NAME, ScreenPatterns::fileName);
    }

    static String replace(String text, Pattern pattern, Function<MatchResult, String> said) {
        Matcher m = pattern.matcher(text);
        return m.replaceAll(r -> {
            String out = said.apply(r);
            return Matcher.quoteReplacement(out.equals(r.group()) ? out : " " + out + " ");
        });
    }

    private static String url(String raw) {
        String u = trimTrailingPunctuation(raw);
        String tail = raw.substring(u.length());
        u = u.replaceFirst("(?i)^[a-z]+://", "").replaceFirst("(?i)^www\\.", "");
        u = u.replaceAll("[?#].*$", "");
        int slash = u.indexOf('/');
        String host = slash < 0 ? u : u.substring(0, slash);
        String path = slash < 0 ? "" : u.substring(slash + 1).replaceAll("/+$", "");
        String hostSaid = host(host.replaceFirst(":", " colon "));
        return (hostSaid + (path.isEmpty() ? "" : " slash " + segments(path, "/"))).trim() + tail;
    }

    private static String email(String address) {
        int at = address.indexOf('@');
        String local = address.substring(0, at).replace(".", " dot ").replace("_", " underscore ")
                .replace("-", " dash ").replace("+", " plus ");
        return local + " at " + host(address.substring(at + 1));
    }

    /** "example.co.uk" → "example dot co dot u k": a known top-level domain is said as people say it. */
    private static String host(String host) {
        int dot = host.lastIndexOf('.');
        String tld = dot < 0 ? "" : host.substring(dot + 1);
        int space = tld.indexOf(' ');
        String tail = space < 0 ? "" : tld.substring(space);
        tld = space < 0 ? tld : tld.substring(0, space);
        if (dot < 0 || !EXTENSIONS.contains(tld.toLowerCase(Locale.ROOT))) {
            return host.replace(".", " dot ");
        }
        return host.substring(0, dot).replace(".", " dot ") + " dot " + spellExtension(tld) + tail;
    }

    private static String keyCombo(String combo) {
        StringBuilder out = new StringBuilder();
        for (String part : combo.split("\\s*\\+\\s*")) {
            String key = part.trim();
            String lower = key.toLowerCase(Locale.ROOT);
            String said;
            if (KEYS.containsKey(lower)) {
                said = KEYS.get(lower);
            } else if (key.length() == 1) {
                said = key.toUpperCase(Locale.ROOT);
            } else if (lower.matches("f\\d{1,2}")) {
                said = "F " + key.substring(1);
            } else {
                said = lower;
            }
            out.append(out.length() > 0 ? " " : "").append(said);
        }
        return out.toString();
    }

    private static String unixPath(MatchResult m) {
        String path = m.group();
        if (path.length() < 2 || (m.group(1) == null && path.indexOf('/', 1) < 0 && !path.contains("."))) {
            // a lone "/word" is more likely a command or an option than a path; read the word only
            return path.length() < 2 ? path : "slash " + path.substring(1);
        }
        String lead = m.group(1) == null ? "" : switch (m.group(1)) {
            case "~" -> "home ";
            case "." -> "dot ";
            default -> "dot dot ";
        };
        String rest = path.substring(m.group(1) == null ? 0 : m.group(1).length());
        return lead + "slash " + segments(rest.replaceAll("^/|/$", ""), "/");
    }

    private static String segments(String path, String separatorRegex) {
        StringBuilder out = new StringBuilder();
        for (String seg : path.split(separatorRegex)) {
            if (seg.isEmpty()) {
                continue;
            }
            out.append(out.length() > 0 ? " slash " : "").append(segment(seg));
        }
        return out.toString();
    }

    private static String segment(String seg) {
        Matcher f = FILE_NAME.matcher(seg);
        if (f.matches()) {
            String said = fileName(f);
            if (!said.equals(seg)) {
                return said;
            }
        }
        return seg.replace('_', ' ').replace(".", " dot ");
    }

    private static String fileName(MatchResult m) {
        String ext = m.group(2);
        if (!EXTENSIONS.contains(ext.toLowerCase(Locale.ROOT))) {
            return m.group();
        }
        String stem = m.group(1).replace('_', ' ').replace(".", " dot ");
        return stem + " dot " + spellExtension(ext);
    }

    static String spellExtension(String ext) {
        String lower = ext.toLowerCase(Locale.ROOT);
        String word = SAID_AS_WORD.get(lower);
        if (word != null) {
            return word;
        }
        StringBuilder out = new StringBuilder();
        for (char c : lower.toCharArray()) {
            out.append(out.length() > 0 ? " " : "").append(c);
        }
        return out.toString();
    }

    private static String trimTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ".,;:!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
