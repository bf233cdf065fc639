package com.plandesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a node says it should take no new work: its clock, and the processes of the nodes started after it. */
class ClusterViewTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 8, 9, 0);

    @Test
    void aNodeWithTheSameProcessesAsEveryOtherIsReady() {
        ClusterView view = new ClusterView("plandesk-1", NINE, "aaaa", 40, List.of(
                new ClusterView.Node("plandesk-1", NINE, "aaaa"),
                new ClusterView.Node("plandesk-2", NINE.plusMinutes(5), "aaaa")));
        assertThat(view.problem(2000)).isNull();
        assertThat(view.describe()).contains("plandesk-1, plandesk-2").doesNotContain("other processes");
    }

    @Test
    void aNodeWhoseClockIsOffTheDatabasesSaysBy() {
        ClusterView view = new ClusterView("plandesk-1", NINE, "aaaa", -300_000, List.of());
        assertThat(view.problem(2000)).contains("-300000 ms off the database's", "NTP");
        assertThat(new ClusterView("plandesk-1", NINE, "aaaa", 1999, List.of()).problem(2000)).isNull();
    }

    @Test
    void onlyTheNodeStartedBeforeAnotherWithOtherProcessesStepsOut() {
        List<ClusterView.Node> alive = List.of(new ClusterView.Node("plandesk-1", NINE, "aaaaaaaaaaaaaaaa"),
                new ClusterView.Node("plandesk-2", NINE.plusMinutes(5), "bbbbbbbbbbbbbbbb"));
        ClusterView older = new ClusterView("plandesk-1", NINE, "aaaaaaaaaaaaaaaa", 0, alive);
        ClusterView newer = new ClusterView("plandesk-2", NINE.plusMinutes(5), "bbbbbbbbbbbbbbbb", 0, alive);
        assertThat(older.problem(2000)).as("new runs start on the later node's version")
                .contains("node plandesk-2 started later with other processes (bbbbbbbbbbbb against this node's aaaaaaaaaaaa)");
        assertThat(newer.problem(2000)).isNull();
        assertThat(newer.describe()).contains("plandesk-1 (other processes aaaaaaaaaaaa)");
    }
}
