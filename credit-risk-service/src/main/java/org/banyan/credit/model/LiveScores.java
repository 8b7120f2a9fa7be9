package org.banyan.credit.model;

import java.util.List;

/** The champion's score, which decides, and the shadow challengers' scores, which are only stored. */
public record LiveScores(ModelScore champion, List<ModelScore> shadows) {
}
