using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes;

/// <summary>The seed notes against their hand-labelled talks: what issue #2 promises for the five formats.</summary>
public sealed class SeedsGoldTests
{
    private static readonly SeedsGold Gold = SeedsGold.Load();
    private static readonly TalkCatalog Catalog = NotesReader.LoadSeeds();
    private static readonly Dictionary<string, (Talk Talk, WriteUp WriteUp)> Matched = GoldMatcher.Match(Gold, Catalog);

    [Fact]
    public void Every_labelled_talk_is_found()
    {
        var missing = Gold.Talks.Where(x => !Matched.ContainsKey(x.Talk.Key)).Select(x => $"{x.Talk.Key} {x.Talk.Title ?? string.Join(",", x.Talk.Speakers)}");
        Assert.Empty(missing);
        Assert.Equal(42, Matched.Count);
    }

    [Fact]
    public void Nothing_but_the_labelled_talks_is_a_talk()
    {
        var extra = Catalog.Talks.SelectMany(t => t.WriteUps)
            .Where(w => !Matched.Values.Any(m => ReferenceEquals(m.WriteUp, w)))
            .Select(w => $"{w.Source}: {w.Title}");
        Assert.Empty(extra);
    }

    [Fact]
    public void Write_ups_of_the_same_talk_are_merged_and_different_talks_are_not()
    {
        foreach (var group in Gold.SameTalk)
        {
            var ids = group.Select(key => Matched[key].Talk.Id).Distinct().ToList();
            Assert.True(ids.Count == 1, $"{string.Join(" + ", group)} should be one talk, got {string.Join(", ", ids)}");
        }
        Assert.Equal(Gold.DistinctTalks, Catalog.Talks.Count);
    }

    [Fact]
    public void At_least_nine_in_ten_labelled_links_are_on_the_right_talk()
    {
        var expected = Gold.Talks.SelectMany(x => x.Talk.Links.Select(link => (x.Talk.Key, link))).ToList();
        var missing = expected.Where(e => !GoldMatcher.HasLink(Matched[e.Key].WriteUp.Links, e.link)).ToList();
        var found = expected.Count - missing.Count;
        Assert.True(found >= 0.9 * expected.Count,
            $"{found}/{expected.Count} links found; missing: {string.Join(", ", missing.Select(m => $"{m.Key} {m.link}"))}");
    }

    [Fact]
    public void Every_labelled_action_point_is_on_the_right_talk()
    {
        foreach (var (_, talk) in Gold.Talks)
        {
            var actual = Matched[talk.Key].WriteUp.ActionPoints.Select(a => GoldMatcher.Normalise(a.Text)).ToList();
            foreach (var action in talk.ActionPoints.Select(GoldMatcher.Normalise))
                Assert.True(actual.Any(a => a.StartsWith(action, StringComparison.Ordinal)), $"{talk.Key}: '{action}' not in [{string.Join(" | ", actual)}]");
        }
    }

    [Fact]
    public void Only_labelled_action_points_are_found()
    {
        var expected = Gold.Talks.Sum(x => x.Talk.ActionPoints.Count);
        Assert.Equal(expected, Catalog.Talks.Sum(t => t.WriteUps.Sum(w => w.ActionPoints.Count)));
    }

    [Fact]
    public void Talks_carry_their_notes_conference_year_day_and_speakers()
    {
        foreach (var (note, talk) in Gold.Talks)
        {
            var (merged, writeUp) = Matched[talk.Key];
            Assert.Equal(GoldMatcher.Normalise(note.Conference).Replace(" ", ""), GoldMatcher.Normalise($"{merged.Conference} {merged.Year}").Replace(" ", ""));
            if (talk.Day is { } day)
                Assert.Equal(day, writeUp.Day);
            foreach (var speaker in talk.Speakers)
                Assert.Contains(writeUp.Speakers, s => GoldMatcher.Normalise(s).Contains(GoldMatcher.Normalise(speaker)));
            if (talk.Org is { } org)
                Assert.Equal(org, writeUp.Company);
        }
    }

    [Fact]
    public void Each_write_up_names_the_line_and_heading_it_came_from()
    {
        foreach (var (note, talk) in Gold.Talks)
        {
            var source = Matched[talk.Key].WriteUp.Source;
            var line = File.ReadAllLines(Path.Combine(Repository.Seeds, note.File))[source.Line - 1];
            Assert.Contains(GoldMatcher.Normalise(source.Title).Split(' ')[0], GoldMatcher.Normalise(line));
        }
    }

    [Fact]
    public void Ids_are_stable_and_unique()
    {
        var again = NotesReader.LoadFolder(Repository.Seeds);
        Assert.Equal(Catalog.Talks.Select(t => t.Id), again.Talks.Select(t => t.Id));
        Assert.Equal(Catalog.Talks.Count, Catalog.Talks.Select(t => t.Id).Distinct().Count());
    }
}
