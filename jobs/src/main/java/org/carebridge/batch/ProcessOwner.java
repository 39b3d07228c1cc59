package org.carebridge.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which operating-system process runs a job execution. A run killed with {@code kill -9} leaves its
 * execution marked as running; knowing its owner tells a live run (refuse to start a second) from a
 * dead one (recover it and restart where it stopped).
 */
public record ProcessOwner(String host, long pid) {

    public static ProcessOwner current() {
        return new ProcessOwner(hostName(), ProcessHandle.current().pid());
    }

    public static ProcessOwner parse(String text) {
        if (text == null || !text.contains(":")) {
            return null;
        }
        int colon = text.lastIndexOf(':');
        try {
            return new ProcessOwner(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether the owner may still be running. A process on another host cannot be checked from here and
     * is assumed alive, so that two machines never run the same work at once.
     */
    public boolean mayBeAlive() {
        if (!host.equals(hostName())) {
            return true;
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public String toString() {
        return host + ":" + pid;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
