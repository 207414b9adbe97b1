package vn.lienthong.civilregistry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static vn.lienthong.civilregistry.domain.Declarations.aDeclaration;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.civilregistry.clients.Allocation;
import vn.lienthong.civilregistry.clients.PersonalIdAllocator;
import vn.lienthong.civilregistry.config.RegistrationProperties;
import vn.lienthong.civilregistry.persistence.PendingRegistrations;
import vn.lienthong.civilregistry.persistence.PendingRegistrations.PendingRegistration;
import vn.lienthong.contracts.Sex;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.participant.Replies;

/** The worker on its own, with the population registry and the queue stood in for. */
class PendingRegistrationWorkerUnitTest {

    private final PendingRegistrations pending = mock(PendingRegistrations.class);
    private final PersonalIdAllocator allocator = mock(PersonalIdAllocator.class);
    private final BirthRegistrar registrar = mock(BirthRegistrar.class);
    private final Replies replies = mock(Replies.class);

    @Test
    void stopsPromptlyWhileTheRegistryKeepsItWaitingAndLeavesTheBirthDueAgain() throws InterruptedException {
        var birth = aBirthAwaitingItsNumber();
        when(pending.lockNextDue()).thenReturn(Optional.of(birth), Optional.empty());
        var calling = new CountDownLatch(1);
        // Like the client between two attempts: it waits until interrupted, then gives up as unavailable.
        when(allocator.allocate(anyString(), anyString(), anyString(), any(Sex.class), any(LocalDate.class)))
                .thenAnswer(call -> {
                    calling.countDown();
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new Allocation.Unavailable("interrupted");
                });
        var worker = new PendingRegistrationWorker(pending, registrar, allocator, replies,
                new TransactionTemplate(mock(PlatformTransactionManager.class)), new PendingWakeUp(), settings());
        worker.start();
        assertThat(calling.await(10, TimeUnit.SECONDS)).as("the worker calls the registry").isTrue();

        long started = System.nanoTime();
        worker.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(worker.isRunning()).isFalse();
        verify(pending).postpone(eq(birth.dossierId()), any(Duration.class), eq("interrupted"));
        verify(registrar, never()).complete(any(), any());
        verifyNoInteractions(replies);
    }

    private static PendingRegistration aBirthAwaitingItsNumber() {
        var dossier = new DossierId(UUID.randomUUID());
        return new PendingRegistration(dossier, "000.26.45.H26-251129-0001", "000.26.45.H26", "001",
                LocalDate.of(2025, 11, 29), aDeclaration("Nguyễn Thị An", LocalDate.of(2025, 11, 20)).normalised(),
                "001190012345|2025-11-20|nguyen thi an", "birth:" + dossier, 0, null);
    }

    private static RegistrationProperties settings() {
        return new RegistrationProperties(new BigDecimal("5000"), Map.of(), new RegistrationProperties.PendingRetry(
                Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(1)));
    }
}
