package io.apigw.deployers.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeZipTest {
  @TempDir Path dir;

  @Test
  void theSameFilesGiveTheSameBytesWhateverTheirTimesAndCreationOrder() throws IOException {
    Path a = dir.resolve("a");
    Files.createDirectories(a.resolve("lib"));
    Files.writeString(a.resolve("index.js"), "exports.handler = 1;");
    Files.writeString(a.resolve("lib/util.js"), "module.exports = 2;");
    Path b = dir.resolve("b");
    Files.createDirectories(b.resolve("lib"));
    Files.writeString(b.resolve("lib/util.js"), "module.exports = 2;");
    Files.writeString(b.resolve("index.js"), "exports.handler = 1;");
    Files.setLastModifiedTime(b.resolve("index.js"), FileTime.fromMillis(1_000_000_000_000L));

    byte[] first = CodeZip.of(a);
    byte[] second = CodeZip.of(b);

    assertThat(second).isEqualTo(first);
    assertThat(CodeZip.hash(second)).isEqualTo(CodeZip.hash(first)).hasSize(16);
    assertThat(entries(first)).containsExactly("index.js", "lib/util.js");
  }

  @Test
  void changedCodeGivesAnotherHash() throws IOException {
    Files.writeString(dir.resolve("index.js"), "exports.handler = 1;");
    String before = CodeZip.hash(CodeZip.of(dir));
    Files.writeString(dir.resolve("index.js"), "exports.handler = 2;");

    assertThat(CodeZip.hash(CodeZip.of(dir))).isNotEqualTo(before);
  }

  private static List<String> entries(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
      }
    }
    return names;
  }
}
