#include "src/syndication/feed_stylesheet.hpp"

namespace folio {

namespace {

// XSLT 1.0, because that is all browsers and xsltproc run. The `atom` and `dc` prefixes are
// excluded from the result, or every element would carry namespace attributes the HTML
// checker refuses. No <meta charset>: an XSLT processor writing HTML adds its own.
constexpr std::string_view kStylesheet = R"XSL(<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by folio, and written again by each run. Delete this line to keep your edits. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"
    exclude-result-prefixes="atom dc">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>
  <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
  <xsl:variable name="description" select="/rss/channel/description | /atom:feed/atom:subtitle"/>
  <xsl:variable name="address"
      select="/rss/channel/atom:link[@rel='self']/@href | /atom:feed/atom:link[@rel='self']/@href"/>
  <xsl:variable name="home"
      select="/rss/channel/link | /atom:feed/atom:link[@rel='alternate']/@href"/>
  <xsl:variable name="language" select="/rss/channel/language | /atom:feed/@xml:lang"/>
  <xsl:template match="/">
    <html>
      <xsl:if test="$language">
        <xsl:attribute name="lang"><xsl:value-of select="$language"/></xsl:attribute>
      </xsl:if>
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="$title"/> (web feed)</title>
        <style>
          :root { color-scheme: light dark; --text: #1f2328; --muted: #59636e; --link: #0b57d0;
                  --back: #ffffff; --box: #f1f4f8; --line: #d0d7de; }
          @media (prefers-color-scheme: dark) {
            :root { --text: #e6edf3; --muted: #9aa5b1; --link: #8ab4f8; --back: #12161c;
                    --box: #1d242d; --line: #30363d; }
          }
          body { margin: 0; background: var(--back); color: var(--text);
                 font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; }
          main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
          a { color: var(--link); }
          .subscribe { background: var(--box); border: 1px solid var(--line);
                       border-radius: 0.5rem; padding: 0.75rem 1rem; }
          .subscribe p { margin: 0.25rem 0; }
          .address { display: block; overflow-wrap: anywhere; user-select: all;
                     font-family: ui-monospace, monospace; }
          h1 { line-height: 1.2; margin: 1.5rem 0 0.25rem; }
          .description, .date { color: var(--muted); }
          article { border-top: 1px solid var(--line); padding: 0.5rem 0; }
          article h2 { font-size: 1.2rem; margin: 0.5rem 0 0; }
          article p { margin: 0.25rem 0; }
        </style>
      </head>
      <body>
        <main>
          <section class="subscribe" aria-label="How to subscribe">
            <p><strong>This is a web feed.</strong> Copy its address into your feed reader
              to follow new posts:</p>
            <code class="address"><xsl:value-of select="$address"/></code>
          </section>
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:if test="string($description) != string($title)">
            <p class="description"><xsl:value-of select="$description"/></p>
          </xsl:if>
          <p><a href="{$home}">Visit the website</a></p>
          <xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry"/>
        </main>
      </body>
    </html>
  </xsl:template>
  <xsl:template match="item">
    <article>
      <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
      <!-- RFC 822, "Thu, 02 Jan 2025 03:04:05 +0000": the day, month and year. -->
      <p class="date"><xsl:value-of select="substring(pubDate, 6, 11)"/>
        <xsl:for-each select="dc:creator | author">
          <xsl:text> · </xsl:text>
          <xsl:choose>
            <!-- RSS's own author, "ann@example.org (Ann)": the name, not the address. -->
            <xsl:when test="self::author and contains(., '(')">
              <xsl:value-of select="substring-before(substring-after(., '('), ')')"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </p>
      <xsl:if test="normalize-space(description)">
        <p><xsl:value-of select="description"/></p>
      </xsl:if>
    </article>
  </xsl:template>
  <xsl:template match="atom:entry">
    <article>
      <h2><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
      <p class="date">
        <time datetime="{atom:published}"><xsl:value-of select="substring(atom:published, 1, 10)"/></time>
        <xsl:for-each select="atom:author/atom:name">
          <xsl:text> · </xsl:text><xsl:value-of select="."/>
        </xsl:for-each>
      </p>
      <xsl:if test="normalize-space(atom:summary)">
        <p><xsl:value-of select="atom:summary"/></p>
      </xsl:if>
    </article>
  </xsl:template>
</xsl:stylesheet>
)XSL";

}  // namespace

std::string_view feed_stylesheet() {
    return kStylesheet;
}

}  // namespace folio
