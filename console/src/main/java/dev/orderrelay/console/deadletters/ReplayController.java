package dev.orderrelay.console.deadletters;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/dead-letters/{id}/replay} (support): replays one dead letter and answers what happened,
 * {@code replayed} or {@code already-delivered}; refusals are problems ({@code not-parked}, {@code not-replayable},
 * {@code queue-unavailable}). Every attempt on an existing dead letter is audited, refusals included.
 */
@RestController
class ReplayController {

    private final DeadLetterActions actions;

    ReplayController(DeadLetterActions actions) {
        this.actions = actions;
    }

    @PostMapping("/api/dead-letters/{id}/replay")
    Map<String, Object> replay(@PathVariable String id, Principal user) {
        DeadLetterActions.Replayed replayed = actions.replay(id, user.getName());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", replayed.id());
        answer.put("outcome", replayed.outcome().wireName());
        answer.put("deadLetter", replayed.deadLetter());
        return answer;
    }
}
