package org.carebridge.generator.council;

import org.carebridge.generator.random.Rng;

/**
 * Free text for case notes, assembled from phrases a social worker would write: two or three sentences
 * (about 160 characters on average), with commas throughout, now and then a quoted remark and line breaks.
 * The text never holds an NHS number, a date of birth or an address.
 */
final class CaseNoteText {

    private static final String[] OPENINGS_VISIT = {
        "Home visit completed.", "Visited at home with the carer present.", "Joint visit with the OT today.",
        "Unannounced visit, no answer at first, then let in by neighbour.", "Visited at the day centre.",
        "Reviewed care at home, kitchen and bathroom checked."};
    private static final String[] OPENINGS_PHONE = {
        "Telephone call to check on progress.", "Call from daughter, worried about recent falls.",
        "Phoned provider to confirm the new visit times.", "Returned call from GP surgery.",
        "Left voicemail, will try again tomorrow.", "Call from the care agency, carer could not gain entry."};
    private static final String[] OPENINGS_CONTACT = {
        "Contact at the office.", "Email received from the housing officer.", "Spoke with the family, briefly.",
        "Letter sent confirming the outcome of the review.", "Met at the clinic, appointment kept."};
    private static final String[] OPENINGS_MDT = {
        "Discussed at MDT.", "Case raised at the weekly team meeting.", "Joint meeting with the CMHT, CPN attended.",
        "Professionals meeting held, GP and district nurse present."};
    private static final String[] OPENINGS_SAFEGUARDING = {
        "Safeguarding concern raised by provider.", "Section 42 enquiry opened, manager informed.",
        "Concern about possible financial abuse, police informed.", "Safeguarding strategy discussion held."};
    private static final String[] OPENINGS_OTHER = {
        "Case file updated.", "Funding panel paperwork submitted.", "Finance assessment letter sent.",
        "Transfer summary written for the receiving team."};
    private static final String[] MIDDLES = {
        "Mood appeared low but engaged well, ate lunch during the visit",
        "Mobility poor, uses a frame indoors, no falls reported this week",
        "Medication in blister packs, carer prompts twice daily",
        "House warm and clean, fridge stocked, bills up to date",
        "Reports feeling lonely since partner died, would like company",
        "Sleeping poorly, up at night, daughter visiting most evenings",
        "Attending day centre on Tuesdays and Thursdays, enjoys the music group",
        "Missed two appointments, unclear why, will follow up",
        "Care package working well, no concerns from the agency",
        "Skin integrity checked by district nurse, pressure cushion in place",
        "Some confusion about the time of day, memory clinic referral discussed",
        "Finances managed by son under a lasting power of attorney",
        "Housing repairs outstanding, damp in the back bedroom"};
    private static final String[] QUOTES = {
        "Said \"I just want to stay in my own home\".", "Told me \"the carers are always rushing\".",
        "Daughter said \"she is not coping, something has to change\".", "Said \"I'm fine, don't fuss\".",
        "Commented \"the new carer is lovely, please keep her\"."};
    private static final String[] ACTIONS = {
        "Agreed to review in four weeks.", "Will refer to OT for a bathing assessment.",
        "Plan: increase morning call to 45 minutes, provider to confirm.", "No further action needed at present.",
        "Will liaise with GP about medication.", "To discuss at next supervision.",
        "Carer's assessment offered, declined for now.", "Referral to Age UK befriending made."};

    String draw(String noteType, String preferredName, Rng rng) {
        StringBuilder text = new StringBuilder(200);
        text.append(rng.pick(openings(noteType)));
        if (preferredName != null && rng.chance(0.3)) {
            text.append(' ').append(preferredName).append(" was in good spirits.");
        }
        text.append(' ').append(rng.pick(MIDDLES)).append('.');
        if (rng.chance(0.06)) {
            text.append(' ').append(rng.pick(QUOTES));
        }
        if (rng.chance(0.05)) {
            text.append("\nActions:\n- ").append(rng.pick(ACTIONS)).append("\n- ").append(rng.pick(ACTIONS));
        } else {
            text.append(' ').append(rng.pick(ACTIONS));
        }
        return text.toString();
    }

    private static String[] openings(String noteType) {
        return switch (noteType) {
            case "VISIT" -> OPENINGS_VISIT;
            case "PHONE" -> OPENINGS_PHONE;
            case "MDT" -> OPENINGS_MDT;
            case "SAFEGUARDING" -> OPENINGS_SAFEGUARDING;
            case "OTHER" -> OPENINGS_OTHER;
            default -> OPENINGS_CONTACT;
        };
    }
}
