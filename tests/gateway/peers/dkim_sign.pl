#!/usr/bin/perl
# Sign a message read on stdin with Mail::DKIM (an independent DKIM implementation), for the
# interoperability test: usage dkim_sign.pl KEYFILE DOMAIN SELECTOR ALGORITHM < message
use strict;
use warnings;
use Mail::DKIM::Signer;
use Mail::DKIM::TextWrap;

my ($keyfile, $domain, $selector, $algorithm) = @ARGV;
my $signer = Mail::DKIM::Signer->new(
    Algorithm => $algorithm,
    Method    => 'relaxed/relaxed',
    Domain    => $domain,
    Selector  => $selector,
    KeyFile   => $keyfile,
    Headers   => 'from:to:subject:date:message-id',
);
binmode STDIN;
my $message = do { local $/; <STDIN> };
$message =~ s/\r?\n/\r\n/g;
$signer->PRINT($message);
$signer->CLOSE;
print $signer->signature->as_string, "\r\n", $message;
