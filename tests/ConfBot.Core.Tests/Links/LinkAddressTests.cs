using ConfBot.Core.Links;

namespace ConfBot.Core.Tests.Links;

public sealed class LinkAddressTests
{
    [Theory]
    [InlineData("https://example.com/talks/42", "http://example.com/talks/42")]
    [InlineData("https://example.com/talks/42", "https://www.example.com/talks/42")]
    [InlineData("https://example.com/talks/42", "https://EXAMPLE.com/talks/42/")]
    [InlineData("https://example.com/talks/42", "https://example.com/talks/42#comments:~:text=secrets")]
    [InlineData("https://example.com/talks/42", "https://example.com/talks/42?utm_source=slack&utm_medium=share")]
    [InlineData("https://example.com/talks/42", "https://example.com/talks/42?fbclid=IwAR0abc&gclid=xyz&ref=newsletter")]
    [InlineData("https://example.com/talks/42", "example.com/talks/42")]
    [InlineData("https://example.com/talks/42", "www.example.com/talks/42")]
    [InlineData("https://example.com/talks/42", "  https://example.com:443/talks/42  ")]
    [InlineData("https://example.com/talks/42", "https://m.example.com/talks/42")]
    [InlineData("https://example.com/", "https://example.com")]
    [InlineData("https://example.com/a%20b", "https://example.com/a b")]
    [InlineData("https://example.com/search?q=vault&lang=en", "https://example.com/search?lang=en&q=vault&utm_campaign=x")]
    [InlineData("https://example.com/search?q=vault&lang=en", "https://example.com/search?q=vault&amp;lang=en")]
    [InlineData("https://bücher.example/talk", "https://xn--bcher-kva.example/talk")]
    public void Forms_of_one_page_have_one_key(string noted, string pasted) =>
        Assert.Equal(Key(noted), Key(pasted));

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=Ab12Cd34&t=42")]
    [InlineData("https://youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s&list=PL123&index=4")]
    [InlineData("https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0")]
    [InlineData("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/live/dQw4w9WgXcQ?feature=shared")]
    [InlineData("https://youtube.com/shorts/dQw4w9WgXcQ")]
    [InlineData("http://www.youtube.com/v/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ#t=30")]
    public void A_youtube_video_has_one_key_under_all_its_addresses(string pasted) =>
        Assert.Equal("youtube dQw4w9WgXcQ", Key(pasted));

    [Theory]
    [InlineData("https://vimeo.com/76979871")]
    [InlineData("https://vimeo.com/76979871/0a1b2c3d4e")]
    [InlineData("https://player.vimeo.com/video/76979871?h=0a1b2c3d4e&badge=0")]
    [InlineData("https://vimeo.com/channels/staffpicks/76979871")]
    [InlineData("https://vimeo.com/groups/shortfilms/videos/76979871")]
    [InlineData("https://vimeo.com/showcase/1234567/video/76979871")]
    [InlineData("https://www.vimeo.com/76979871#t=10s")]
    public void A_vimeo_video_has_one_key_under_all_its_addresses(string pasted) =>
        Assert.Equal("vimeo 76979871", Key(pasted));

    [Theory]
    [InlineData("https://twitter.com/jane/status/1234567890123", "https://x.com/jane/status/1234567890123?s=20")]
    [InlineData("https://twitter.com/jane/status/1234567890123", "https://mobile.twitter.com/i/web/status/1234567890123")]
    [InlineData("https://www.dailymotion.com/video/x7tgad6", "https://dai.ly/x7tgad6")]
    [InlineData("https://www.dailymotion.com/video/x7tgad6", "https://www.dailymotion.com/embed/video/x7tgad6?autoplay=1")]
    [InlineData("https://www.loom.com/share/0123456789abcdef0123456789abcdef", "https://www.loom.com/embed/0123456789abcdef0123456789abcdef")]
    public void Other_known_sites_have_one_key_per_item(string noted, string pasted) =>
        Assert.Equal(Key(noted), Key(pasted));

    [Theory]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcR")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "https://youtu.be/dqw4w9wgxcq")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/playlist?list=PL123")]
    [InlineData("https://vimeo.com/76979871", "https://vimeo.com/76979872")]
    [InlineData("https://vimeo.com/76979871", "https://vimeo.com/channels/staffpicks")]
    [InlineData("https://example.com/talks/42", "https://example.com/talks/43")]
    [InlineData("https://example.com/talks/42", "https://example.com/talks")]
    [InlineData("https://example.com/talks/42", "https://example.com/Talks/42")]
    [InlineData("https://example.com/talks/42", "https://example.org/talks/42")]
    [InlineData("https://example.com/talks/42", "https://blog.example.com/talks/42")]
    [InlineData("https://example.com/talks/42", "https://example.com:8443/talks/42")]
    [InlineData("https://example.com/talk?id=7", "https://example.com/talk?id=8")]
    [InlineData("https://example.com/talk?id=7", "https://example.com/talk")]
    [InlineData("https://twitter.com/jane/status/1234567890123", "https://twitter.com/jane/status/1234567890124")]
    public void Different_pages_keep_different_keys(string noted, string pasted) =>
        Assert.NotEqual(Key(noted), Key(pasted));

    [Theory]
    [InlineData("https://conf.example/schedule#talk-3", "talk-3")]
    [InlineData("https://conf.example/#/session/12", "/session/12")]
    [InlineData("https://conf.example/schedule#", null)]
    [InlineData("https://conf.example/schedule#t=90", null)]
    [InlineData("https://conf.example/schedule#:~:text=vault", null)]
    [InlineData("https://conf.example/schedule#day-2:~:text=vault", "day-2")]
    public void Keeps_a_fragment_that_may_name_part_of_the_page(string url, string? anchor) =>
        Assert.Equal(anchor, LinkAddress.Of(url)?.Anchor);

    [Theory]
    [InlineData("mailto:jane@example.com")]
    [InlineData("ftp://example.com/slides.pdf")]
    [InlineData("/talks/42")]
    [InlineData("notes/day1.md")]
    [InlineData("")]
    [InlineData("not a link")]
    public void Is_no_address_for_what_is_not_a_web_link(string url) =>
        Assert.Null(LinkAddress.Of(url));

    private static string? Key(string url) => LinkAddress.Of(url)?.Key;
}
