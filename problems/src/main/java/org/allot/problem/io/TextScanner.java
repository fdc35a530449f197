package org.allot.problem.io;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allot.problem.InstanceFormatException;

/**
 * A line-and-token reader for whitespace-separated text formats that knows where every token
 * came from, so that readers can report {@code file:line:column}. Blank lines and comments (from
 * the comment character to the end of the line) are skipped; CRLF and tabs are tolerated.
 * Not thread-safe.
 */
public final class TextScanner {
  private final String file;
  private final List<String> lines;
  private final char comment;
  private int next;

  private TextScanner(String file, List<String> lines, char comment) {
    this.file = file;
    this.lines = lines;
    this.comment = comment;
  }

  /**
   * Reads a whole UTF-8 file.
   *
   * @param comment the comment character, or {@code 0} for none
   * @throws InstanceFormatException when the file is not UTF-8 text
   */
  public static TextScanner open(Path file, char comment) throws IOException {
    try {
      return new TextScanner(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8),
          comment);
    } catch (MalformedInputException e) {
      throw new InstanceFormatException(file, 0, 0, "not a UTF-8 text file");
    }
  }

  /** A scanner over text held in memory, reported under {@code name}. */
  public static TextScanner of(String name, String text, char comment) {
    return new TextScanner(name, text.lines().toList(), comment);
  }

  /** The file name used in messages. */
  public String file() {
    return file;
  }

  /** The number of physical lines in the file. */
  public int lineCount() {
    return lines.size();
  }

  /** The next line with at least one token, or {@code null} at the end of the file. */
  public Line next() {
    Line l = peek();
    if (l != null) {
      next = l.number;
    }
    return l;
  }

  /** The next line with a token, without consuming it; {@code null} at the end of the file. */
  public Line peek() {
    for (int i = next; i < lines.size(); i++) {
      Line l = tokenize(i + 1, lines.get(i));
      if (!l.tokens.isEmpty()) {
        return l;
      }
    }
    return null;
  }

  private Line tokenize(int number, String raw) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = raw.length();
    while (i < n) {
      char c = raw.charAt(i);
      if (comment != 0 && c == comment) {
        break;
      }
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
        continue;
      }
      int s = i;
      while (i < n && !Character.isWhitespace(raw.charAt(i))
          && (comment == 0 || raw.charAt(i) != comment)) {
        i++;
      }
      tokens.add(new Token(raw.substring(s, i), s + 1));
    }
    return new Line(number, raw, List.copyOf(tokens));
  }

  /** An error at a line and column of this file. */
  public InstanceFormatException error(int line, int column, String reason) {
    return new InstanceFormatException(file, line, column, reason);
  }

  /** An error at the end of the file (the line after the last one). */
  public InstanceFormatException errorAtEnd(String reason) {
    return new InstanceFormatException(file, lines.size() + 1, 1, reason);
  }

  /**
   * One token and its 1-based column.
   *
   * @param text the token
   * @param column the 1-based column of its first character
   */
  public record Token(String text, int column) {}

  /** One line of the file with its tokens. */
  public final class Line {
    private final int number;
    private final String text;
    private final List<Token> tokens;

    Line(int number, String text, List<Token> tokens) {
      this.number = number;
      this.text = text;
      this.tokens = tokens;
    }

    /** 1-based line number. */
    public int number() {
      return number;
    }

    /** The raw text of the line. */
    public String text() {
      return text;
    }

    public List<Token> tokens() {
      return tokens;
    }

    public int size() {
      return tokens.size();
    }

    public Token token(int i) {
      return tokens.get(i);
    }

    /** True when every token is an integer. */
    public boolean allIntegers() {
      for (Token t : tokens) {
        if (!isInteger(t.text)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Token {@code i} as an int.
     *
     * @param what what the token means, for the message ("duration of job 2, op 3")
     */
    public int intAt(int i, String what) throws InstanceFormatException {
      Token t = tokens.get(i);
      try {
        return Integer.parseInt(t.text);
      } catch (NumberFormatException e) {
        throw error(number, t.column, "expected an integer " + what + ", found '" + t.text + "'");
      }
    }

    /** Token {@code i} as a double. */
    public double doubleAt(int i, String what) throws InstanceFormatException {
      Token t = tokens.get(i);
      try {
        double v = Double.parseDouble(t.text);
        if (Double.isFinite(v)) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(number, t.column, "expected a number " + what + ", found '" + t.text + "'");
    }

    /** An error at token {@code i} of this line. */
    public InstanceFormatException errorAt(int i, String reason) {
      return error(number, i < tokens.size() ? tokens.get(i).column : text.length() + 1, reason);
    }

    /** An error about the whole line (column 1). */
    public InstanceFormatException errorAtLine(String reason) {
      return error(number, tokens.isEmpty() ? 1 : tokens.get(0).column, reason);
    }
  }

  static boolean isInteger(String s) {
    int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    if (i == s.length()) {
      return false;
    }
    for (; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
