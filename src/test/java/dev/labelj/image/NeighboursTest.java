package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeighboursTest {
    @Test
    void prefetchesAheadInTheDirectionOfTravelThenOneBehind() {
        assertThat(Neighbours.toPrefetch(5, +1, 100)).containsExactly(6, 7, 4);
        assertThat(Neighbours.toPrefetch(5, -1, 100)).containsExactly(4, 3, 6);
        assertThat(Neighbours.toPrefetch(5, 0, 100)).containsExactly(6, 7, 4);
    }

    @Test
    void staysInsideTheFolder() {
        assertThat(Neighbours.toPrefetch(0, -1, 3)).containsExactly(1);
        assertThat(Neighbours.toPrefetch(2, +1, 3)).containsExactly(1);
        assertThat(Neighbours.toPrefetch(0, +1, 1)).isEmpty();
    }
}
