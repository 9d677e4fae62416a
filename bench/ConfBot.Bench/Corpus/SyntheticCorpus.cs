using ConfBot.Core.Talks;

namespace ConfBot.Bench.Corpus;

/// <summary>
/// Generates talks that look like real notes for benchmarking: Zipf-distributed topic words (a few very
/// common, most rare), tool names, speakers, companies, conferences over the years, links and action points.
/// Deterministic: talk n depends only on the seed and n, so runs are comparable and a talk can be made
/// again on demand instead of being kept (see <see cref="Lazy"/>).
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] ConferenceNames = ["Rootconf", "ScaleConf", "KubeCon", "DevOpsDays", "SREcon", "QCon", "GopherCon", "PyCon", "FOSDEM", "Velocity", "Monitorama", "HashiConf", "re:Invent", "NDC", "StrangeLoop"];
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ter", "on", "ra", "vek", "sil", "pro", "dex", "ul", "gan", "tor", "bi", "ne", "sto", "fa", "rin", "cu", "zel", "mo", "tra", "quo", "len"];
    private static readonly string[] Glue = ["with", "for", "and", "in", "at", "using", "without", "across", "the", "to"];
    private static readonly LinkKind[] Kinds = [LinkKind.TalkPage, LinkKind.Slides, LinkKind.Video, LinkKind.Repository, LinkKind.Article];

    private readonly int _seed;
    private readonly Random _random;
    private readonly string[] _topics;
    private readonly string[] _tools;
    private readonly string[] _firstNames;
    private readonly string[] _lastNames;
    private readonly string[] _companies;

    public SyntheticCorpus(int seed = 42)
    {
        _seed = seed;
        _random = new Random(seed);
        _topics = Words(30_000, 2, 4);
        _tools = Words(5_000, 2, 3).Select(Capitalise).ToArray();
        _firstNames = Words(300, 2, 2).Select(Capitalise).ToArray();
        _lastNames = Words(1000, 2, 3).Select(Capitalise).ToArray();
        _companies = Words(400, 2, 3).Select(Capitalise).ToArray();
    }

    /// <summary>The first <paramref name="count"/> talks, all kept in memory.</summary>
    public List<Talk> Talks(int count) => Enumerable.Range(0, count).Select(Talk).ToList();

    /// <summary>The first <paramref name="count"/> talks, each made when it is read and not kept.</summary>
    public IReadOnlyList<Talk> Lazy(int count) => new SyntheticTalkList(this, count);

    public Talk Talk(int n)
    {
        var random = new Random(unchecked(_seed * 1_000_003 + n));
        var conference = ConferenceNames[random.Next(ConferenceNames.Length)];
        var year = 2012 + random.Next(14);
        var title = $"{Capitalise(Topic(random))} {Glue[random.Next(Glue.Length)]} {Tool(random)} {Topic(random)}";
        var file = $"{n / 20:D5}_notes.txt";
        var source = new NoteSource(file, 1 + (n % 20) * 12, title);
        return new Talk
        {
            Id = $"synthetic-{n}",
            Title = title,
            Speakers = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => $"{Pick(random, _firstNames)} {Pick(random, _lastNames)}").ToList(),
            Company = Pick(random, _companies),
            Conference = conference,
            Year = year,
            Day = 1 + random.Next(2),
            Summary = Sentence(random, 10),
            KeyPoints = Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Sentence(random, 8)).ToList(),
            Links = Enumerable.Range(0, 1 + random.Next(2))
                .Select(i => new TalkLink($"https://example.org/{Topic(random)}/{n}-{i}", Kinds[random.Next(Kinds.Length)], Tool(random)))
                .ToList(),
            ActionPoints = random.Next(4) == 0 ? [new ActionPoint($"synthetic-{n}-a", $"Try {Tool(random)} for {Topic(random)}", source)] : [],
            Sources = [source],
        };
    }

    private string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(i => i % 4 == 3 ? Tool(random) : i % 3 == 2 ? Glue[random.Next(Glue.Length)] : Topic(random)));

    /// <summary>
    /// A topic word by Zipf's law: rank r is chosen with probability proportional to 1/r. Ranks start past
    /// the head because the head of real text is stop words, which the analyzer drops; this way the most
    /// common topic word is in about one talk in seven, as "service" or "data" are in real notes.
    /// </summary>
    public string Topic() => Topic(_random);

    public string Tool() => Tool(_random);

    public string Speaker(Talk talk) => talk.Speakers[_random.Next(talk.Speakers.Count)];

    public int Next(int max) => _random.Next(max);

    /// <summary>A log-uniform rank in [skip, n + skip), i.e. density 1/r, shifted to an index from 0.</summary>
    private string Topic(Random random) => _topics[Zipf(random, _topics.Length, skip: 20)];

    private string Tool(Random random) => _tools[Zipf(random, _tools.Length, skip: 10)];

    private static int Zipf(Random random, int n, int skip)
    {
        var rank = skip * Math.Pow((double)(n + skip) / skip, random.NextDouble());
        return Math.Clamp((int)rank - skip, 0, n - 1);
    }

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    private string[] Words(int count, int minSyllables, int maxSyllables)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < count)
            words.Add(string.Concat(Enumerable.Range(0, _random.Next(minSyllables, maxSyllables + 1)).Select(_ => Syllables[_random.Next(Syllables.Length)])));
        return [.. words];
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
