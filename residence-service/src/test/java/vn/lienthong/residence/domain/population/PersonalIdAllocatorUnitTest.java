package vn.lienthong.residence.domain.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Sex;

class PersonalIdAllocatorUnitTest {

    private static final LocalDate BORN = LocalDate.of(2025, 3, 15);

    @Test
    void handsOutUniqueNumbersUnderConcurrentAllocationEvenWhenDrawsCollide() throws Exception {
        // 4,000 numbers from a serial space of 20,000: hundreds of draws collide, so the retry is exercised hard
        // (never 32 times in a row, which at most 20 % fill has a chance of 0.2^32).
        var random = new SecureRandom();
        var allocator = new PersonalIdAllocator(() -> random.nextInt(20_000));
        Set<String> registry = ConcurrentHashMap.newKeySet();
        var collisions = new AtomicInteger();
        int threads = 8;
        int perThread = 500;
        var start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> worker = () -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(allocator.allocate("001", Sex.FEMALE, BORN, registry::add, collisions::incrementAndGet));
                    }
                    return mine;
                };
                results.add(pool.submit(worker));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (var result : results) {
                all.addAll(result.get());
            }
            assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates()
                    .allSatisfy(number -> assertThat(number).matches("001325[0-9]{6}"));
            assertThat(new HashSet<>(all)).isEqualTo(registry);
            assertThat(collisions.get()).as("collisions retried").isPositive();
        }
    }

    @Test
    void drawsAgainWhenANumberIsTaken() {
        var draws = List.of(1, 1, 2).iterator();
        var allocator = new PersonalIdAllocator(draws::next);
        Set<String> taken = new HashSet<>(Set.of("001325000001"));
        var collisions = new AtomicInteger();

        String number = allocator.allocate("001", Sex.FEMALE, BORN, taken::add, collisions::incrementAndGet);

        assertThat(number).isEqualTo("001325000002");
        assertThat(collisions).hasValue(2);
    }

    @Test
    void givesUpAfterBoundedDrawsWhenThePrefixIsFull() {
        var allocator = new PersonalIdAllocator(() -> 0);

        assertThatThrownBy(() -> allocator.allocate("001", Sex.MALE, BORN, number -> false, () -> { }))
                .isInstanceOf(PersonalIdAllocator.PrefixExhaustedException.class);
    }
}
