#include "src/web/private_address.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(PrivateAddress, NamesLoopbackPrivateLinkLocalAndUniqueLocalAddresses) {
    EXPECT_EQ(private_address_kind("127.0.0.1"), "loopback");
    EXPECT_EQ(private_address_kind("127.5.6.7"), "loopback");
    EXPECT_EQ(private_address_kind("::1"), "loopback");
    EXPECT_EQ(private_address_kind("10.1.2.3"), "private");
    EXPECT_EQ(private_address_kind("172.16.0.1"), "private");
    EXPECT_EQ(private_address_kind("172.31.255.255"), "private");
    EXPECT_EQ(private_address_kind("192.168.1.1"), "private");
    EXPECT_EQ(private_address_kind("169.254.169.254"), "link-local");
    EXPECT_EQ(private_address_kind("fe80::1"), "link-local");
    EXPECT_EQ(private_address_kind("fd00:ec2::254"), "unique-local");
    EXPECT_EQ(private_address_kind("0.0.0.0"), "unspecified");
    EXPECT_EQ(private_address_kind("::"), "unspecified");
    EXPECT_EQ(private_address_kind("100.64.0.1"), "carrier-grade NAT");
    EXPECT_EQ(private_address_kind("224.0.0.1"), "multicast");
    EXPECT_EQ(private_address_kind("not an address"), "reserved");
}

TEST(PrivateAddress, SeesThroughIpv4InIpv6) {
    EXPECT_EQ(private_address_kind("::ffff:127.0.0.1"), "loopback");
    EXPECT_EQ(private_address_kind("::ffff:169.254.169.254"), "link-local");
    EXPECT_EQ(private_address_kind("64:ff9b::a9fe:a9fe"), "link-local");
}

TEST(PrivateAddress, LeavesPublicAddressesAlone) {
    for (const char* address : {"93.184.215.14", "8.8.8.8", "172.32.0.1", "172.15.255.255",
                                "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "2001:4860:4860::8888"}) {
        EXPECT_EQ(private_address_kind(address), "") << address;
    }
}

}  // namespace
}  // namespace folio
