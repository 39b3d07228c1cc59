package org.carebridge.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.identity.compare.ComparisonVector;
import org.carebridge.identity.compare.Field;
import org.carebridge.identity.normalise.NormalisedPerson;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.testing.People;
import org.junit.jupiter.api.Test;

class FellegiSunterModelTest {

    @Test
    void aWeightOfZeroIsEvenOddsAndEachBitDoublesThem() {
        assertThat(FellegiSunterModel.probability(0)).isCloseTo(0.5, within(1e-12));
        assertThat(FellegiSunterModel.probability(1)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(FellegiSunterModel.probability(-1)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void theWeightIsThePriorPlusLog2MOverUOfEachPresentField() {
        FellegiSunterModel model = new FellegiSunterModel(ModelDefaults.m(), ModelDefaults.u(), 0.001);
        int vector = ComparisonVector.of(1, 1, 0, 0, 0, 0);
        double expected = log2(0.001 / 0.999) + log2(model.m(Field.FORENAME, 1) / model.u(Field.FORENAME, 1))
                + log2(model.m(Field.SURNAME, 1) / model.u(Field.SURNAME, 1));
        assertThat(model.priorWeight() + model.log2BayesFactor(vector)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void agreeingOnACommonSurnameWeighsLessThanAgreeingOnARareOne() {
        List<NormalisedPerson> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(People.normalised(i, People.council(Integer.toString(i)).surname("Smith").build()));
        }
        people.add(People.normalised(50, People.council("50").surname("Oyelaran").build()));
        people.add(People.normalised(51, People.council("51").surname("Oyelaran").build()));
        for (int i = 52; i < 100; i++) {
            PersonRecord r = People.council(Integer.toString(i)).surname("Name" + (char) ('A' + i % 26) + i).build();
            people.add(People.normalised(i, r));
        }
        PairScorer scorer = new PairScorer(new FellegiSunterModel(ModelDefaults.m(), ModelDefaults.u(), 0.01),
                TermFrequencies.count(people));
        int surnameExact = ComparisonVector.of(0, 1, 0, 0, 0, 0);

        assertThat(scorer.matchWeight(surnameExact, 0, 1)).isLessThan(scorer.matchWeight(surnameExact, 50, 51));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
