package vn.doithoai.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv4AddressIsItsOwnClient() {
        assertEquals("203.0.113.7", ClientAddress.key("203.0.113.7"));
        assertEquals("203.0.113.7", ClientAddress.key(" 203.0.113.7 "));
        assertEquals("10.0.0.1", ClientAddress.key("10.0.0.1"));
    }

    @Test
    void everyIpv6AddressOfASlash64IsOneClient() {
        String key = ClientAddress.key("2001:db8:abcd:12::1");
        assertEquals("2001:db8:abcd:12::/64", key);
        assertEquals(key, ClientAddress.key("2001:0db8:abcd:0012:ffff:ffff:ffff:ffff"));
        assertEquals(key, ClientAddress.key("2001:DB8:ABCD:12:1234:5678:9abc:def0"));
        assertEquals(key, ClientAddress.key("[2001:db8:abcd:12::99]"));
        assertEquals(key, ClientAddress.key("fe80::1%eth0".replace("fe80::1", "2001:db8:abcd:12::1")));
        assertEquals("2001:db8:abcd:13::/64", ClientAddress.key("2001:db8:abcd:13::1"));
        assertEquals("2001:db8:0:0::/64", ClientAddress.key("2001:db8::1"));
        assertEquals("0:0:0:0::/64", ClientAddress.key("::1"));
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsTheIpv4Address() {
        assertEquals("203.0.113.7", ClientAddress.key("::ffff:203.0.113.7"));
        assertEquals("203.0.113.7", ClientAddress.key("::FFFF:cb00:7107"));
        assertEquals("203.0.113.7", ClientAddress.key("0:0:0:0:0:ffff:cb00:7107"));
    }

    @Test
    void whatIsNotAnAddressIsNeverLookedUpAndSharesOneKey() {
        assertEquals(ClientAddress.UNKNOWN, ClientAddress.key(null));
        assertEquals(ClientAddress.UNKNOWN, ClientAddress.key(""));
        assertEquals(ClientAddress.UNKNOWN, ClientAddress.key("localhost"));
        assertEquals(ClientAddress.UNKNOWN, ClientAddress.key("example.com"));
        assertEquals(ClientAddress.UNKNOWN, ClientAddress.key("203.0.113.7, 10.0.0.1"));
        assertEquals(ClientAddress.UNKNOWN, ClientAddress.key("999.1.1.1"));
    }
}
