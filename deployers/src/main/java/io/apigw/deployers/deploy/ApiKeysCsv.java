package io.apigw.deployers.deploy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.apigw.model.Api;
import io.apigw.model.ApiKey;
import io.apigw.model.Protocol;
import io.apigw.model.SourceRange;
import io.apigw.model.UsagePlan;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * API keys from API Gateway's CSV key file ({@code apigw deploy --api-keys FILE.csv}), in the
 * format of the developer guide's "API Gateway API key file format" page: a header row whose
 * columns are named case-insensitively and in any order; {@code Name} and {@code Key} required;
 * {@code Description}, {@code Enabled} (default true) and {@code UsagePlanIds} (a comma-separated
 * list, in double or single quotes when it has more than one entry) optional; other columns
 * ignored. Values are trimmed; blank lines are skipped.
 *
 * <p>The plans a row names are the usage plans of the definition, by name: a file deployed with a
 * definition cannot know the ids API Gateway will give them.
 *
 * <p>No message ever holds a key's value.
 */
public final class ApiKeysCsv {
  /** API Gateway's bounds (api-key-file-format: "between 30 and 128 characters"). */
  static final int KEY_MIN = 30;

  static final int KEY_MAX = 128;

  /** api-key-file-format: "A Name value cannot exceed 1024 characters". */
  static final int NAME_MAX = 1024;

  private static final String NAME = "name";
  private static final String KEY = "key";
  private static final String DESCRIPTION = "description";
  private static final String ENABLED = "enabled";
  private static final String USAGE_PLAN_IDS = "usageplanids";
  private static final Set<String> KNOWN = Set.of(NAME, KEY, DESCRIPTION, ENABLED, USAGE_PLAN_IDS);

  private static final CsvFactory CSV = new CsvFactory();

  private ApiKeysCsv() {}

  /**
   * One key of the file.
   *
   * @param line the 1-based line the row starts on
   * @param description the description, or null when the row has none
   * @param usagePlans the names of the usage plans the key joins, in file order, without repeats
   */
  public record Row(
      int line,
      String name,
      String key,
      String description,
      boolean enabled,
      List<String> usagePlans) {
    public Row {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(key, "key");
      usagePlans = List.copyOf(usagePlans);
    }

    /** Without the key's value, so that a logged or asserted row never shows it. */
    @Override
    public String toString() {
      return "Row[line="
          + line
          + ", name="
          + name
          + ", key=(hidden), description="
          + description
          + ", enabled="
          + enabled
          + ", usagePlans="
          + usagePlans
          + "]";
    }
  }

  /**
   * The model with the file's keys merged in.
   *
   * @param warnings one line per key of the definition that a row replaced, {@code file:line:col:
   *     message}
   */
  public record Merged(Api api, List<String> warnings) {
    public Merged {
      Objects.requireNonNull(api, "api");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A key file that cannot be used: every problem found, each {@code file:line:column: message}
   * (the CLI prints the message and exits 2).
   */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    Invalid(List<String> problems) {
      super(String.join("\n", problems));
      this.problems = List.copyOf(problems);
    }

    /** The problems, one {@code file:line:column: message} each, in file order. */
    public List<String> problems() {
      return problems;
    }
  }

  /**
   * The keys of a CSV key file; bad input is an {@link Invalid} naming every problem's
   * file:line:column.
   */
  public static List<Row> read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      // A spreadsheet's "CSV" in a Windows code page: say so rather than fail as I/O.
      throw new Invalid(
          List.of(file + ":1:1: the file is not UTF-8 text; save it as CSV UTF-8 and try again"));
    }
    return parse(file.toString(), text);
  }

  /** The keys of {@code text}, read as the file named {@code fileName} in messages. */
  static List<Row> parse(String fileName, String text) {
    if (text.startsWith("\uFEFF")) {
      // A byte order mark, as spreadsheet programs write; Jackson would read it into "Name".
      text = text.substring(1);
    }
    List<List<Cell>> records = records(fileName, text);
    if (records.isEmpty()) {
      throw new Invalid(
          List.of(
              fileName + ":1:1: the file is empty: a header row naming Name and Key is missing"));
    }
    List<String> problems = new ArrayList<>();
    Header header = header(fileName, records.get(0), problems);
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> lineOfName = new HashMap<>();
    Map<String, Row> rowOfKey = new HashMap<>();
    for (List<Cell> record : records.subList(1, records.size())) {
      Row row = row(fileName, header, record, problems);
      if (row == null) {
        continue;
      }
      Integer earlier = lineOfName.putIfAbsent(row.name(), row.line());
      Row sameKey = rowOfKey.putIfAbsent(row.key(), row);
      if (earlier != null) {
        problems.add(
            at(fileName, record.get(0))
                + "key '"
                + row.name()
                + "' is already named on line "
                + earlier);
      } else if (sameKey != null) {
        // api-key-file-format: "Two API keys are identical if they have the same key value".
        problems.add(
            at(fileName, record.get(0))
                + "the Key of '"
                + row.name()
                + "' is the Key of '"
                + sameKey.name()
                + "' on line "
                + sameKey.line()
                + "; two keys with one value are one key to API Gateway");
      }
      rows.add(row);
    }
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return List.copyOf(rows);
  }

  /**
   * The model with these keys added. A key of the same name in the definition is replaced (a
   * warning says so) and keeps its usage plans; each key joins the plans its row names, plans of
   * the definition by name. A plan the definition lacks, an HTTP API (which has no API keys), or a
   * key whose value another key of the definition has, is an {@link Invalid}.
   */
  public static Merged merge(Api api, Path file, List<Row> rows) {
    String fileName = file.toString();
    List<String> problems = new ArrayList<>();
    if (api.protocol() == Protocol.HTTP && !rows.isEmpty()) {
      // http-api-vs-rest: API keys are a REST API feature (WebSocket APIs have them too).
      throw new Invalid(
          List.of(
              fileName
                  + ":"
                  + rows.get(0).line()
                  + ":1: API '"
                  + api.name()
                  + "' is an HTTP API, which has no API keys or usage plans"));
    }
    List<ApiKey> keys = new ArrayList<>(api.apiKeys());
    Map<String, Set<String>> joining = new LinkedHashMap<>();
    api.usagePlans().forEach(plan -> joining.put(plan.name(), new LinkedHashSet<>(plan.keys())));
    List<String> warnings = new ArrayList<>();
    Set<String> replaced = new HashSet<>();
    for (Row row : rows) {
      String where = fileName + ":" + row.line() + ":1: ";
      ApiKey key =
          new ApiKey(
              SourceRange.of(fileName, row.line(), 1),
              row.name(),
              row.key(),
              row.enabled(),
              row.description());
      int index = indexOf(keys, row.name());
      if (index >= 0) {
        warnings.add(
            where
                + "key '"
                + row.name()
                + "' replaces the key of that name in the definition"
                + definedAt(keys.get(index)));
        keys.set(index, key);
        replaced.add(row.name());
      } else {
        keys.add(key);
      }
      for (String plan : row.usagePlans()) {
        Set<String> members = joining.get(plan);
        if (members == null) {
          problems.add(
              where + "usage plan '" + plan + "' of key '" + row.name() + "' " + notIn(api));
        } else {
          members.add(row.name());
        }
      }
    }
    for (ApiKey kept : api.apiKeys()) {
      if (kept.value() == null || replaced.contains(kept.name())) {
        continue;
      }
      for (Row row : rows) {
        if (kept.value().equals(row.key())) {
          problems.add(
              fileName
                  + ":"
                  + row.line()
                  + ":1: the Key of '"
                  + row.name()
                  + "' is the value of key '"
                  + kept.name()
                  + "' in the definition"
                  + definedAt(kept));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    List<UsagePlan> plans = new ArrayList<>();
    for (UsagePlan plan : api.usagePlans()) {
      plans.add(
          new UsagePlan(
              plan.source(),
              plan.name(),
              plan.description(),
              plan.throttle(),
              plan.quota(),
              plan.stages(),
              List.copyOf(joining.get(plan.name()))));
    }
    return new Merged(api.toBuilder().apiKeys(keys).usagePlans(plans).build(), warnings);
  }

  private static int indexOf(List<ApiKey> keys, String name) {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String definedAt(ApiKey key) {
    return key.source().isKnown() ? " (" + key.source() + ")" : "";
  }

  private static String notIn(Api api) {
    if (api.usagePlans().isEmpty()) {
      return "is not in the definition, which has no usage plans";
    }
    return "is not in the definition; its usage plans are "
        + api.usagePlans().stream().map(UsagePlan::name).collect(Collectors.joining(", "));
  }

  /** One value of the file and where it starts. */
  record Cell(String text, int line, int column) {}

  private record Header(Map<String, Integer> columns, int size) {
    Integer column(String name) {
      return columns.get(name);
    }
  }

  private static Header header(String fileName, List<Cell> record, List<String> problems) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).text().toLowerCase(Locale.ROOT);
      if (!KNOWN.contains(name)) {
        continue; // api-key-file-format: "Unrecognized columns are permitted, but are ignored".
      }
      Integer earlier = columns.putIfAbsent(name, i);
      if (earlier != null) {
        problems.add(
            at(fileName, record.get(i))
                + "column "
                + record.get(i).text()
                + " is already column "
                + (earlier + 1));
      }
    }
    for (String required : List.of("Name", "Key")) {
      if (!columns.containsKey(required.toLowerCase(Locale.ROOT))) {
        problems.add(
            at(fileName, record.get(0))
                + "the header row has no "
                + required
                + " column (its columns: "
                + record.stream().map(Cell::text).collect(Collectors.joining(", "))
                + ")");
      }
    }
    return new Header(columns, record.size());
  }

  /** The row of {@code record}, or null (with problems added) when it is not a valid key. */
  private static Row row(String fileName, Header header, List<Cell> record, List<String> problems) {
    int before = problems.size();
    if (record.size() > header.size()) {
      problems.add(
          at(fileName, record.get(header.size()))
              + "the row has "
              + record.size()
              + " values but the header "
              + header.size()
              + " columns; quote a list of usage plans (\"a,b\")");
    }
    Cell name = cell(header, record, NAME);
    Cell key = cell(header, record, KEY);
    Cell description = cell(header, record, DESCRIPTION);
    Cell enabled = cell(header, record, ENABLED);
    Cell plans = cell(header, record, USAGE_PLAN_IDS);
    if (name.text().isEmpty()) {
      problems.add(at(fileName, name) + "the Name is empty");
    } else if (name.text().length() > NAME_MAX) {
      problems.add(
          at(fileName, name)
              + "the Name has "
              + name.text().length()
              + " characters; API Gateway takes at most "
              + NAME_MAX);
    }
    String keyName = name.text().isEmpty() ? "" : " of '" + shortName(name.text()) + "'";
    int keyLength = key.text().codePointCount(0, key.text().length());
    if (key.text().isEmpty()) {
      problems.add(at(fileName, key) + "the Key" + keyName + " is empty");
    } else if (keyLength < KEY_MIN || keyLength > KEY_MAX) {
      problems.add(
          at(fileName, key)
              + "the Key"
              + keyName
              + " has "
              + keyLength
              + " characters; API Gateway takes "
              + KEY_MIN
              + " to "
              + KEY_MAX);
    }
    boolean isEnabled = true;
    if (enabled.text().equalsIgnoreCase("false")) {
      isEnabled = false;
    } else if (!enabled.text().isEmpty() && !enabled.text().equalsIgnoreCase("true")) {
      problems.add(
          at(fileName, enabled)
              + "Enabled is '"
              + shortName(enabled.text())
              + "'; it takes TRUE or FALSE (empty is TRUE)");
    }
    if (problems.size() > before) {
      return null;
    }
    Set<String> planNames = new LinkedHashSet<>();
    for (String plan : plans.text().split(",", -1)) {
      if (!plan.isBlank()) {
        planNames.add(plan.strip());
      }
    }
    return new Row(
        record.get(0).line(),
        name.text(),
        key.text(),
        description.text().isEmpty() ? null : description.text(),
        isEnabled,
        List.copyOf(planNames));
  }

  /** The value in the named column; an empty one, placed at the row's start, when absent. */
  private static Cell cell(Header header, List<Cell> record, String column) {
    Integer index = header.column(column);
    if (index != null && index < record.size()) {
      return record.get(index);
    }
    Cell first = record.get(0);
    return new Cell("", first.line(), first.column());
  }

  private static String shortName(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private static String at(String fileName, Cell cell) {
    return fileName + ":" + cell.line() + ":" + cell.column() + ": ";
  }

  /**
   * The file's records, each a list of trimmed values with their positions; blank lines left out.
   * Jackson reads RFC 4180 (double quotes, "" inside them); single quotes, which the AWS page also
   * allows, are joined back here.
   */
  static List<List<Cell>> records(String fileName, String text) {
    List<List<Cell>> records = new ArrayList<>();
    Lines lines = new Lines(text);
    CsvParser parser;
    try {
      parser = CSV.createParser(new StringReader(text));
    } catch (IOException e) {
      throw new IllegalStateException("a parser over a string cannot fail to open", e);
    }
    try (parser) {
      parser.setSchema(CsvSchema.emptySchema());
      parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      // WRAP_AS_ARRAY: one array of all records, each record an array of values.
      List<Cell> record = new ArrayList<>();
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          record = new ArrayList<>();
        } else if (token == JsonToken.VALUE_STRING) {
          JsonLocation at = parser.currentTokenLocation();
          String raw = parser.getText();
          // Point at the value, not at the blanks before it.
          int blanks = raw.length() - raw.stripLeading().length();
          record.add(new Cell(raw, at.getLineNr(), at.getColumnNr() + blanks));
        } else if (token == JsonToken.END_ARRAY && parser.getParsingContext().inArray()) {
          if (!record.stream().allMatch(c -> c.text().isBlank())) {
            records.add(singleQuoted(fileName, lines, record));
          }
        }
      }
    } catch (JsonProcessingException e) {
      // The value being read when the parser gave up starts where its token does (an unclosed
      // quote is reported at the end of the file otherwise).
      JsonLocation at = parser.currentTokenLocation();
      if (at == null || at.getLineNr() < 1) {
        at = e.getLocation();
      }
      String where =
          at == null || at.getLineNr() < 1
              ? fileName + ":1:1: "
              : fileName + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": ";
      throw new Invalid(List.of(where + "not CSV: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
    return records;
  }

  /**
   * The record with each single-quoted value whole again: the comma-split parts from one that
   * starts with {@code '} to the one that ends with it are one value, commas included. A value in
   * double quotes is never single-quoted, whatever it starts with.
   */
  private static List<Cell> singleQuoted(String fileName, Lines lines, List<Cell> record) {
    List<Cell> joined = new ArrayList<>();
    for (int i = 0; i < record.size(); i++) {
      Cell cell = record.get(i);
      String value = cell.text().strip();
      if (!value.startsWith("'") || lines.doubleQuotedAt(cell)) {
        joined.add(new Cell(value, cell.line(), cell.column()));
        continue;
      }
      StringBuilder whole = new StringBuilder(cell.text().stripLeading());
      int end = i;
      while (!closes(whole) && end + 1 < record.size()) {
        end++;
        whole.append(',').append(record.get(end).text());
      }
      if (!closes(whole)) {
        throw new Invalid(
            List.of(at(fileName, cell) + "the value opened with ' here has no closing '"));
      }
      i = end;
      String inner = whole.toString().strip();
      joined.add(
          new Cell(
              inner.substring(1, inner.length() - 1).replace("''", "'").strip(),
              cell.line(),
              cell.column()));
    }
    return joined;
  }

  private static boolean closes(StringBuilder value) {
    String text = value.toString().strip();
    return text.length() >= 2 && text.endsWith("'");
  }

  /** The text's lines, to look at the character a value starts at. */
  private static final class Lines {
    private final List<String> lines;

    Lines(String text) {
      lines = text.lines().toList();
    }

    boolean doubleQuotedAt(Cell cell) {
      if (cell.line() < 1 || cell.line() > lines.size()) {
        return false;
      }
      String line = lines.get(cell.line() - 1);
      int i = cell.column() - 1;
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      return i < line.length() && line.charAt(i) == '"';
    }
  }
}
