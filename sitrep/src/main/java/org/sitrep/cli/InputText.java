package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The whole text of a FILE argument, or of standard input when the argument is {@code -}, decoded strictly as
 * UTF-8 (a file that is not UTF-8 is refused rather than read with replacement characters, because offsets and
 * names read from mangled text would be wrong without anyone noticing).
 *
 * @param name how messages name the input: the path as given, or "stdin"
 */
record InputText(String name, String text) {
    static final String STDIN = "-";

    static InputText read(String arg, InputStream stdin) {
        if (STDIN.equals(arg)) {
            try {
                return new InputText("stdin", decode("stdin", stdin.readAllBytes()));
            } catch (IOException e) {
                throw new BadInputException("stdin: cannot read: " + e.getMessage());
            }
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            throw new BadInputException(arg + ": is a folder, not a file");
        }
        try {
            return new InputText(arg, decode(arg, Files.readAllBytes(p)));
        } catch (NoSuchFileException e) {
            throw new BadInputException(arg + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(arg + ": cannot read: " + e.getMessage());
        }
    }

    private static String decode(String name, byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            // a byte order mark is not part of the text; dropping it keeps offsets true to what a reader sees
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + ": not UTF-8 text");
        }
    }
}
