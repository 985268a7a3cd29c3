package org.sitrep.eval.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML file read for evaluation: the plain text of its TEXT element, its DCT, and its gold TIMEX3s with
 * offsets into that text (end exclusive).
 */
public record TimeMlDocument(String name, LocalDate dct, String text, List<Gold> timexes) {

    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }

    /** One gold TIMEX3: offsets, type (DATE, TIME, DURATION, SET), value, and the words. */
    public record Gold(int start, int end, String type, String value, String text) {
    }

    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** Reads one .tml file; a file without a DCT or TEXT element, or with broken markup, fails naming it. */
    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dm = DCT.matcher(xml);
        if (!dm.find()) {
            throw new IOException(file + ": no <DCT><TIMEX3 value=...> element");
        }
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        if (from < 0 || to < from) {
            throw new IOException(file + ": no <TEXT> element");
        }
        String body = xml.substring(from + "<TEXT>".length(), to);
        StringBuilder plain = new StringBuilder(body.length());
        List<Gold> gold = new ArrayList<>();
        int openStart = -1;
        String openType = null;
        String openValue = null;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '<') {
                int close = body.indexOf('>', i);
                if (close < 0) {
                    throw new IOException(file + ": unclosed tag at " + i);
                }
                String tag = body.substring(i + 1, close);
                if (tag.startsWith("TIMEX3")) {
                    openStart = plain.length();
                    Matcher a = ATTR.matcher(tag);
                    openType = null;
                    openValue = null;
                    while (a.find()) {
                        if (a.group(1).equals("type")) {
                            openType = a.group(2);
                        } else if (a.group(1).equals("value")) {
                            openValue = a.group(2);
                        }
                    }
                } else if (tag.equals("/TIMEX3")) {
                    gold.add(new Gold(openStart, plain.length(), openType, openValue,
                            plain.substring(openStart, plain.length())));
                    openStart = -1;
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = body.indexOf(';', i);
                String ent = body.substring(i + 1, semi);
                plain.append(switch (ent) {
                    case "amp" -> '&';
                    case "lt" -> '<';
                    case "gt" -> '>';
                    case "quot" -> '"';
                    case "apos" -> '\'';
                    default -> throw new IOException(file + ": unknown entity &" + ent + ";");
                });
                i = semi + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        return new TimeMlDocument(file.getFileName().toString(), LocalDate.parse(dm.group(1)), plain.toString(),
                List.copyOf(gold));
    }
}
