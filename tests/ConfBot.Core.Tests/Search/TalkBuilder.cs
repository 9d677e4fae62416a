using ConfBot.Core.Talks;

namespace ConfBot.Core.Tests.Search;

/// <summary>Builds talks for tests without going through the note parser.</summary>
internal sealed class TalkBuilder(string title)
{
    private readonly List<string> _speakers = [];
    private readonly List<string> _points = [];
    private readonly List<TalkLink> _links = [];
    private readonly List<string> _actions = [];
    private readonly List<NoteSource> _sources = [];
    private string? _company, _conference, _summary;
    private int? _year;

    public static TalkBuilder Talk(string title) => new(title);

    public TalkBuilder By(string speaker, string? company = null)
    {
        _speakers.Add(speaker);
        _company = company ?? _company;
        return this;
    }

    public TalkBuilder At(string conference, int year)
    {
        (_conference, _year) = (conference, year);
        return this;
    }

    public TalkBuilder About(string summary)
    {
        _summary = summary;
        return this;
    }

    public TalkBuilder Points(params string[] points)
    {
        _points.AddRange(points);
        return this;
    }

    public TalkBuilder Link(string url, LinkKind kind = LinkKind.Other, string text = "")
    {
        _links.Add(new TalkLink(url, kind, text));
        return this;
    }

    public TalkBuilder Action(string text)
    {
        _actions.Add(text);
        return this;
    }

    public TalkBuilder From(string file, int line, NoteAttribution? note = null)
    {
        _sources.Add(new NoteSource(file, line, title) { Note = note ?? NoteAttribution.Unknown });
        return this;
    }

    public Talk Build() => new()
    {
        Id = $"{_conference}-{_year}-{title}".ToLowerInvariant().Replace(' ', '-'),
        Title = title,
        Speakers = _speakers,
        Company = _company,
        Conference = _conference,
        Year = _year,
        Summary = _summary,
        KeyPoints = _points,
        Links = _links,
        ActionPoints = _actions.Select((a, i) => new ActionPoint($"a{i}", a, _sources.FirstOrDefault() ?? new NoteSource("note.txt", 1, title))).ToList(),
        Sources = _sources.Count > 0 ? _sources : [new NoteSource("note.txt", 1, title)],
    };
}
