using ConfBot.Core.Talks;
using ConfBot.Core.Talks.Building;

namespace ConfBot.Core.Tests.Talks;

public sealed class MergeCandidatesTests
{
    private const double SameTitle = 0.75;

    [Theory]
    [InlineData(3, 3, 3)]
    [InlineData(3, 2, 2)]
    [InlineData(4, 4, 3)]
    [InlineData(1, 1, 1)]
    [InlineData(1, 2, 1)]
    [InlineData(1, 3, 0)]
    [InlineData(2, 6, 0)]
    public void Titles_need_more_words_in_common_the_longer_both_are(int a, int b, int needed)
    {
        Assert.Equal(needed, TitleWords.SharedNeeded(a, b, SameTitle));
        Assert.Equal(needed, TitleWords.SharedNeeded(b, a, SameTitle));
    }

    [Fact]
    public void Every_pair_whose_titles_overlap_enough_at_the_same_occasion_is_a_candidate()
    {
        // Few words, so most titles share some; occasions mixing known, half-known and unknown.
        var random = new Random(7);
        string[] vocabulary = ["vault", "secret", "kubernete", "pact", "contract", "chaos", "mesh", "edge", "cache", "trace"];
        string?[] conferences = ["rootconf", "srecon", null];
        int?[] years = [2019, 2020, null];
        var keys = Enumerable.Range(0, 400).Select(i => new MergeKeys(
            $"note{i % 40}.md",
            $"TITLE {i}",
            TitleIsDerived: false,
            conferences[random.Next(3)],
            years[random.Next(3)],
            Day: null,
            TalkPage: null,
            [[.. Enumerable.Range(0, 1 + random.Next(5)).Select(_ => vocabulary[random.Next(vocabulary.Length)])]]))
            .ToArray();

        var candidates = MergeCandidates.Of(keys, SameTitle).ToHashSet();

        var expected = 0;
        for (var a = 0; a < keys.Length; a++)
            for (var b = a + 1; b < keys.Length; b++)
                if (keys[a].File != keys[b].File && keys[a].SameOccasion(keys[b])
                    && TitleWords.Overlap(keys[a].Aliases[0], keys[b].Aliases[0]) >= SameTitle)
                {
                    expected++;
                    Assert.Contains((a, b), candidates);
                }
        Assert.True(expected > 100, $"the folder should have many matching pairs, had {expected}");
    }

    [Fact]
    public void A_write_up_of_one_conference_is_never_a_candidate_for_another_conferences()
    {
        MergeKeys[] keys =
        [
            Key("a.md", "rootconf", 2019, "working", "secret"),
            Key("b.md", "srecon", 2019, "working", "secret"),
            Key("c.md", null, 2019, "working", "secret"),
        ];
        Assert.Equal([(0, 2), (1, 2)], MergeCandidates.Of(keys, SameTitle));
    }

    private static MergeKeys Key(string file, string? conference, int? year, params string[] words) =>
        new(file, file, TitleIsDerived: false, conference, year, Day: null, TalkPage: null, [[.. words]]);
}
