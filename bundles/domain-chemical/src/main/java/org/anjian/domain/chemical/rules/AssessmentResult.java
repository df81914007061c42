package org.anjian.domain.chemical.rules;

import java.util.List;

/**
 * The outcome of a GB 18218-2018 identification and grading.
 *
 * @param s             identification index S = Σ q/Q (辨识指标)
 * @param r             grading index R = α · Σ β·q/Q (分级指标)
 * @param major         S ≥ 1: the unit is a 重大危险源
 * @param grade         1 to 4 (一级 to 四级) when {@code major}, else {@code null}
 * @param alpha         exposure factor α from the exposed population
 * @param contributions one entry per input line, in input order
 */
public record AssessmentResult(double s, double r, boolean major, Integer grade, double alpha,
        List<Contribution> contributions) {

    public AssessmentResult {
        contributions = List.copyOf(contributions);
    }
}
