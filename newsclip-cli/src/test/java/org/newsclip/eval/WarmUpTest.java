package org.newsclip.eval;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpTest {

    @Test
    void aPassIsWarmWhenTheCompilerTookUnderAShareOfIt() {
        assertThat(WarmUp.quiet(0, 100)).isTrue();
        assertThat(WarmUp.quiet(4, 100)).isTrue();
        assertThat(WarmUp.quiet(5, 100)).isFalse();
        assertThat(WarmUp.quiet(700, 1000)).isFalse();
    }

    @Test
    void runsAtLeastTheMinimumAndNeverMoreThanTheMaximum() {
        AtomicInteger calls = new AtomicInteger();
        assertThat(WarmUp.run(calls::incrementAndGet, 3, 3)).isEqualTo(3);
        assertThat(calls).hasValue(3);

        calls.set(0);
        int passes = WarmUp.run(calls::incrementAndGet, 2, 6);
        assertThat(passes).isBetween(2, 6).isEqualTo(calls.get());
    }

    @Test
    void noPassesWhenNoneAreAsked() {
        AtomicInteger calls = new AtomicInteger();
        assertThat(WarmUp.run(calls::incrementAndGet, 0, 0)).isZero();
        assertThat(calls).hasValue(0);
    }

    @Test
    void aPassThatFailsStopsTheWarmUpWithItsException() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WarmUp.run(() -> {
            throw new java.io.IOException("pages gone");
        }, 1, 3)).isInstanceOf(java.io.IOException.class).hasMessage("pages gone");
    }
}
