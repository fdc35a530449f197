package org.allot.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading and writing JSON the way {@code allot} shows it: pretty-printed with two spaces,
 * {@code "key": value}, and arrays of arrays (schedules, routes) one inner array per line.
 * Parse errors carry {@code file:line:column}. Thread-safe.
 */
public final class Json {
  /** The shared mapper: strict about duplicate keys and trailing content. */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final ObjectWriter WRITER = MAPPER.writer(printer());

  private Json() {}

  private static DefaultPrettyPrinter printer() {
    DefaultPrettyPrinter p = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    p.indentObjectsWith(new DefaultIndenter("  ", "\n"));
    p.indentArraysWith(new RowIndenter());
    return p;
  }

  /** The pretty-printed UTF-8 text of {@code node}, ending with a newline. */
  public static byte[] bytes(JsonNode node) {
    try {
      return (WRITER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /**
   * Parses a JSON file.
   *
   * @param name the file name as the user gave it, for messages
   * @throws UserError with {@code name:line:column} for malformed JSON, or naming the file when
   *     it is missing, empty or unreadable
   */
  public static JsonNode read(Path file, String name) {
    try {
      JsonNode node = MAPPER.readTree(Files.readAllBytes(file));
      if (node == null || node.isMissingNode()) {
        throw new UserError(name + ": empty file; expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new UserError(name + where + ": malformed JSON: " + e.getOriginalMessage());
    } catch (NoSuchFileException e) {
      throw new UserError(name + ": no such file");
    } catch (IOException e) {
      throw new UserError(name + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Puts every element of an array of arrays on its own line, and the numbers of an inner array
   * on one line: {@code [ 0, 3, 8 ]}.
   */
  private static final class RowIndenter implements DefaultPrettyPrinter.Indenter {
    private static final DefaultIndenter LINES = new DefaultIndenter("  ", "\n");

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      JsonStreamContext context = g.getOutputContext();
      if (context.inArray() && context.getParent() != null && context.getParent().inArray()) {
        g.writeRaw(' ');
      } else {
        LINES.writeIndentation(g, level);
      }
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }
}
