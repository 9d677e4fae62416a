using ConfBot.Core.Talks;

namespace ConfBot.Core.Tests.Talks;

public sealed class TalkShortIdTests
{
    private static Talk Talk(string id) => new() { Id = id, Title = id };

    private static TalkCatalog Catalog(int count) =>
        new([.. Enumerable.Range(0, count).Select(i => Talk($"kubecon2019-talk-number-{i}"))], []);

    [Fact]
    public void Short_ids_are_eight_hex_digits_unique_within_the_catalog()
    {
        var catalog = Catalog(200);

        var shortIds = catalog.Talks.Select(catalog.ShortId).ToList();

        Assert.All(shortIds, id => Assert.Matches("^[0-9a-f]{8,}$", id));
        Assert.Equal(shortIds.Count, shortIds.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Short_id_grows_past_eight_digits_only_where_two_talks_share_them()
    {
        // Enough talks that some pairs share their first 8 hex digits (birthday bound: ~77,000 for 50%).
        var catalog = Catalog(200_000);

        var lengths = catalog.Talks.Select(t => catalog.ShortId(t).Length).ToList();

        Assert.Contains(lengths, l => l > TalkShortIds.MinimumLength);
        Assert.True(lengths.Count(l => l == TalkShortIds.MinimumLength) > lengths.Count * 0.99);
        Assert.All(catalog.Talks.Take(2000), t => Assert.Same(t, catalog.Find(catalog.ShortId(t))));
    }

    [Fact]
    public void A_talks_short_id_does_not_depend_on_the_other_talks()
    {
        var small = Catalog(3);
        var larger = Catalog(50);

        Assert.Equal(small.ShortId(small.Talks[1]), larger.ShortId(larger.Talks[1]));
    }

    [Fact]
    public void Finds_a_talk_by_full_id_short_id_or_a_unique_prefix_of_either()
    {
        var catalog = Catalog(20);
        var talk = catalog.Talks[7];
        var shortId = catalog.ShortId(talk);

        Assert.Same(talk, catalog.Find(talk.Id));
        Assert.Same(talk, catalog.Find(shortId));
        Assert.Same(talk, catalog.Find(shortId.ToUpperInvariant()));
        Assert.Same(talk, catalog.Find($"  {shortId}  "));
        Assert.Same(talk, catalog.Find("kubecon2019-talk-number-7"));
        Assert.Same(talk, catalog.Find("KubeCon2019-Talk-Number-7"));
    }

    [Theory]
    [InlineData("kubecon2019-talk-number-1")] // the full id of talk 1, and a prefix of talks 10-19: the full id wins
    public void A_full_id_wins_over_being_a_prefix_of_others(string id)
    {
        var catalog = Catalog(20);

        Assert.Equal(id, catalog.Find(id)?.Id);
    }

    [Theory]
    [InlineData("kubecon2019-talk")] // a prefix every talk has
    [InlineData("kubecon")] // shorter than a short id
    [InlineData("")]
    [InlineData("0000000000")] // a hash no talk has
    public void Finds_nothing_for_an_ambiguous_short_or_unknown_reference(string reference)
    {
        Assert.Null(Catalog(20).Find(reference));
    }

    [Fact]
    public void A_short_prefix_of_a_short_id_is_not_enough()
    {
        var catalog = Catalog(1);

        Assert.Null(catalog.Find(catalog.ShortId(catalog.Talks[0])[..7]));
    }

    [Fact]
    public void A_copy_with_other_talks_has_its_own_short_ids()
    {
        var catalog = Catalog(2);
        _ = catalog.ShortId(catalog.Talks[0]);
        var other = Talk("devoxx2024-something-else");

        var copy = catalog with { Talks = [other] };

        Assert.Same(other, copy.Find(copy.ShortId(other)));
        Assert.Null(copy.Find(catalog.Talks[0].Id));
    }
}
