package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.ThreadPoolTaskExecutor;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar announces work someone asked for, and only that. */
@ExtendWith(ApplicationExtension.class)
class StatusBarViewTest {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor("bar", 2, Platform::runLater);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        executor.close();
    }

    private BackgroundTask<Integer> blocked(String title) {
        return BackgroundTask.of(title, () -> {
            release.await();
            return 1;
        });
    }

    @Test
    void aReloadAfterSomeonesSave_isNotAnnounced_butAskedWorkIs(FxRobot robot) {
        StatusBarView[] bar = new StatusBarView[1];
        robot.interact(() -> bar[0] = new StatusBarView(executor));
        Label title = (Label) bar[0].lookup("#taskTitle");

        robot.interact(() -> blocked("Loading incidents").unasked().executeWith(executor));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(executor.tasks()).hasSize(1);
        assertThat(title.isVisible())
                .as("the follow-up reload is not announced")
                .isFalse();

        robot.interact(() -> blocked("Exporting PDF").executeWith(executor));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.isVisible()).isTrue();
        assertThat(title.getText()).as("no \"+1 more\" for the unannounced one").isEqualTo("Exporting PDF");

        release.countDown();
        ShellFixture.await("both done", () -> executor.tasks().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.isVisible()).isFalse();
    }
}
