namespace ConfBot.Core.Talks.Building;

/// <summary>Makes one <see cref="Talk"/> out of the write-ups of it, keeping every write-up's points, links and source.</summary>
internal static class TalkAssembler
{
    public static IReadOnlyList<Talk> Assemble(IReadOnlyList<IReadOnlyList<WriteUp>> groups)
    {
        var conferenceNames = CanonicalConferenceNames(groups.SelectMany(g => g));
        var talks = new List<Talk>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var main = Canonical(group);
            var conference = group.Select(w => w.Conference).FirstOrDefault(c => c is not null) is { } c
                ? conferenceNames[ConferenceName.Key(c)]
                : null;
            var year = group.Select(w => w.Year).FirstOrDefault(y => y is not null);
            var id = TalkIds.ForTalk(conference, year, main.Title);
            if (!ids.Add(id))
                ids.Add(id = TalkIds.Disambiguate(id, main.Source));

            var links = new LinkCollector();
            foreach (var link in group.SelectMany(w => w.Links))
                links.Add(link.Url, link.Kind, link.Text);

            talks.Add(new Talk
            {
                Id = id,
                Title = main.Title,
                Speakers = group.SelectMany(w => w.Speakers).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Company = group.Select(w => w.Company).FirstOrDefault(x => x is not null),
                Conference = conference,
                Year = year,
                Day = group.Select(w => w.Day).FirstOrDefault(d => d is not null),
                Track = group.Select(w => w.Track).FirstOrDefault(t => t is not null),
                Summary = main.Summary ?? group.Select(w => w.Summary).FirstOrDefault(s => s is not null),
                KeyPoints = group.SelectMany(w => w.KeyPoints).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Links = links.All,
                ActionPoints = ActionPoints(id, group),
                Sources = group.Select(w => w.Source).ToList(),
                WriteUps = group,
            });
        }
        return talks;
    }

    /// <summary>Each action point once, from the first write-up that has it; done when any note ticks it off.</summary>
    private static List<ActionPoint> ActionPoints(string talkId, IReadOnlyList<WriteUp> group) =>
        group.SelectMany(w => w.ActionPoints.Select(a => new ActionPoint(TalkIds.ForActionPoint(talkId, a.Text), a.Text, w.Source, a.IsDone)))
            .GroupBy(a => a.Id)
            .Select(same => same.First() with { IsDone = same.Any(a => a.IsDone) })
            .ToList();

    /// <summary>The write-up whose title names the talk best: the one matching the talk page's own slug, else the first with a real title.</summary>
    private static WriteUp Canonical(IReadOnlyList<WriteUp> group)
    {
        var page = group.SelectMany(w => w.Links).FirstOrDefault(l => l.Kind == LinkKind.TalkPage);
        var titled = group.Where(w => !w.TitleIsDerived).ToList();
        if (titled.Count == 0)
            return group[0];
        if (page is null || titled.Count == 1)
            return titled[0];
        var slug = TitleWords.OfSlug(page.Url);
        return titled.OrderByDescending(w => TitleWords.Of(w.Title).Count(slug.Contains)).First();
    }

    /// <summary>"Rootconf", "RootConf" and "Root Conf" are one conference: show the spelling most notes use.</summary>
    private static Dictionary<string, string> CanonicalConferenceNames(IEnumerable<WriteUp> writeUps) =>
        writeUps.Where(w => w.Conference is not null)
            .GroupBy(w => ConferenceName.Key(w.Conference!))
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(w => w.Conference!)
                    .OrderByDescending(s => s.Select(w => w.Source.File).Distinct().Count())
                    .ThenBy(s => s.Key.Contains(' ') ? 1 : 0)
                    .ThenBy(s => s.Key, StringComparer.Ordinal)
                    .First().Key);
}
