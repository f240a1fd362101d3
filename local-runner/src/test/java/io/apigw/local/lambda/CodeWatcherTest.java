package io.apigw.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeWatcherTest {
  @TempDir Path dir;

  @Test
  void anUnchangedTreeIsNeverAChangeEvenWithAFileDatedInTheFuture() throws IOException {
    // given
    Files.writeString(dir.resolve("index.js"), "1");
    Path future = Files.writeString(dir.resolve("future.js"), "2");
    Files.setLastModifiedTime(future, FileTime.from(Instant.now().plus(365, ChronoUnit.DAYS)));
    CodeWatcher watcher = new CodeWatcher(dir, 0);

    // when
    watcher.check();
    watcher.check();

    // then
    assertThat(watcher.changedAtMillis()).isZero();
  }

  @Test
  void aDeletedFileIsAChange() throws IOException {
    // given
    Path file = Files.writeString(dir.resolve("old.js"), "1");
    CodeWatcher watcher = new CodeWatcher(dir, 0);
    watcher.check();
    long before = System.currentTimeMillis();

    // when
    Files.delete(file);
    watcher.check();

    // then
    assertThat(watcher.changedAtMillis()).isGreaterThanOrEqualTo(before);
  }

  @Test
  void aFilePutBackWithAnOlderTimeIsAChange() throws IOException {
    // given
    Path file = Files.writeString(dir.resolve("app.py"), "v1");
    FileTime original = Files.getLastModifiedTime(file);
    CodeWatcher watcher = new CodeWatcher(dir, 0);
    watcher.check();

    // when
    Files.writeString(file, "v2");
    Files.setLastModifiedTime(file, FileTime.fromMillis(original.toMillis() - 60_000));
    watcher.check();

    // then
    assertThat(watcher.changedAtMillis()).isPositive();
  }

  @Test
  void whatPythonWritesToPycacheIsNotAChange() throws IOException {
    // given
    Files.writeString(dir.resolve("app.py"), "x = 1");
    Files.createDirectories(dir.resolve("__pycache__"));
    CodeWatcher watcher = new CodeWatcher(dir, 0);
    watcher.check();

    // when
    Files.writeString(dir.resolve("__pycache__/app.cpython-311.pyc"), "compiled");
    watcher.check();

    // then
    assertThat(watcher.changedAtMillis()).isZero();
  }

  @Test
  void aWalkIsDueOnlyOnceTheIntervalHasPassed() {
    // given
    CodeWatcher watcher = new CodeWatcher(dir, 60_000);

    // when
    boolean first = watcher.claimCheck();
    boolean whileWalking = watcher.claimCheck();
    watcher.check();
    boolean rightAfter = watcher.claimCheck();

    // then
    assertThat(first).isTrue();
    assertThat(whileWalking).isFalse();
    assertThat(rightAfter).isFalse();
  }
}
