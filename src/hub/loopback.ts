/** Host names of this computer: the only places a password may travel without TLS (the hub's config and the browser's sender both check). */
export const LOOPBACK_HOST = /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/;

/** Whether a `host:port` listen address is on this computer. */
export const isLoopbackListen = (listen: string) => LOOPBACK_HOST.test(listen.slice(0, listen.lastIndexOf(':')));
