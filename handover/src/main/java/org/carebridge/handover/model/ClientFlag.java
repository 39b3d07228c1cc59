package org.carebridge.handover.model;

/**
 * What the pairing needs to know about a client's complexity and needs: section 117 aftercare, a community
 * treatment order, a current high-risk flag, an open CPA episode, and being known to mental-health services.
 */
public enum ClientFlag {
    S117, CTO, HIGH_RISK, CPA, MH
}
