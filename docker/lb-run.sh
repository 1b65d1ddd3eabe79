#!/bin/sh
# Start HAProxy and keepalived; the container ends (and is restarted) when
# either of them does.
haproxy -W -db -f /etc/haproxy/haproxy.cfg &
hp=$!
keepalived --dont-fork --log-console -f /etc/keepalived/keepalived.conf &
ka=$!
while kill -0 "$hp" 2>/dev/null && kill -0 "$ka" 2>/dev/null; do sleep 1; done
kill "$hp" "$ka" 2>/dev/null
exit 1
