package org.allot.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a time limit: a number with a unit, {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h},
 * or a bare number of seconds ({@code 10}, {@code 2.5}). The limit must be positive.
 */
public final class TimeLimitConverter implements ITypeConverter<Duration> {
  private static final BigDecimal MAX_MILLIS = BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000);
  private static final Pattern FORMAT =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * The duration {@code value} stands for.
   *
   * @throws TypeConversionException saying what was expected (picocli adds the option name)
   */
  public static Duration parse(String value) {
    Matcher m = FORMAT.matcher(value.strip());
    if (!m.matches()) {
      throw new TypeConversionException("'" + value + "' is not a time limit; use a number with"
          + " a unit such as 500ms, 10s, 2m or 1h, or a bare number of seconds");
    }
    BigDecimal amount = new BigDecimal(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
    BigDecimal millis = amount.multiply(BigDecimal.valueOf(switch (unit) {
      case "ms" -> 1L;
      case "s" -> 1_000L;
      case "m" -> 60_000L;
      default -> 3_600_000L;
    }));
    if (millis.signum() <= 0 || millis.compareTo(MAX_MILLIS) > 0) {
      throw new TypeConversionException("'" + value + "' is not a usable time limit; it must be"
          + " positive (for example 500ms or 10s) and below a hundred years");
    }
    return Duration.ofNanos(millis.movePointRight(6).longValue());
  }

  /** A short human form: {@code 500ms}, {@code 10s}, {@code 2.5s}, {@code 2m}, {@code 1h}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + "ms";
    }
    if (ms % 3_600_000 == 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + "s";
  }
}
