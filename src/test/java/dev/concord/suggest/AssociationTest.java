package dev.concord.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AssociationTest {
    @Test
    void diceIsOneWhenTheTwoAlwaysOccurTogether() {
        assertEquals(1.0, Association.dice(7, 7, 7), 1e-12);
        assertEquals(0.0, Association.dice(0, 7, 9), 1e-12);
        // 2·3 / (4 + 8): the string also occurs in five blocks without the term
        assertEquals(0.5, Association.dice(3, 4, 8), 1e-12);
    }

    @Test
    void diceFallsWhenTheStringIsEverywhere() {
        assertTrue(Association.dice(10, 10, 1000) < 0.03);
    }

    @Test
    void logLikelihoodMatchesAHandComputedTable() {
        // table [2, 0; 0, 98]: G² = 2 (2 ln(2·100/(2·2)) + 98 ln(98·100/(98·98)))
        double expected = 2 * (2 * Math.log(50) + 98 * Math.log(100.0 / 98));
        assertEquals(expected, Association.logLikelihood(2, 2, 2, 100), 1e-9);
    }

    @Test
    void logLikelihoodTellsEvidenceFromChance() {
        // seen together once in two blocks of a thousand: not significant
        assertTrue(Association.logLikelihood(1, 2, 300, 1000) < Association.SIGNIFICANT);
        // five times out of five, the string rare elsewhere: significant
        assertTrue(Association.logLikelihood(5, 5, 6, 1000) > Association.SIGNIFICANT);
        // more evidence, more significance
        assertTrue(Association.logLikelihood(10, 10, 12, 1000) > Association.logLikelihood(5, 5, 6, 1000));
    }

    @Test
    void logLikelihoodIgnoresRepulsion() {
        // together less often than chance (expected 50 of 100): no attraction
        assertEquals(0.0, Association.logLikelihood(10, 100, 500, 1000), 1e-12);
    }

    @Test
    void logLikelihoodRejectsImpossibleTables() {
        assertThrows(IllegalArgumentException.class, () -> Association.logLikelihood(5, 3, 9, 100));
        assertThrows(IllegalArgumentException.class, () -> Association.logLikelihood(1, 60, 60, 100));
    }
}
