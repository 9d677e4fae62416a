using ConfBot.Core.Talks;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace ConfBot.Core.Search;

/// <summary>
/// One reusable Lucene document: fields are created once and refilled for every talk, which keeps
/// indexing allocation-light. Nothing is stored; a hit's document number is the talk's position.
/// </summary>
internal sealed class TalkDocument
{
    private static readonly FieldType WithoutPositions = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    private readonly Document _document = new();
    private readonly Dictionary<string, Field> _fields = new(StringComparer.Ordinal);
    private readonly List<string> _scratch = [];

    public TalkDocument()
    {
        foreach (var field in TalkFields.Searched)
            Add(field.Positions ? new TextField(field.Name, "", Field.Store.NO) : new Field(field.Name, "", WithoutPositions));
        Add(new StringField(TalkFields.Year, "", Field.Store.NO));
    }

    public Document Fill(Talk talk)
    {
        var year = talk.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        Set(TalkFields.Title, talk.Title);
        Set(TalkFields.Speakers, Join(talk.Speakers));
        // A talk with a year but no conference still answers to its year in words, as it always has.
        Set(TalkFields.Conference, talk.EventLabel ?? year);
        Set(TalkFields.Year, year);

        _scratch.Clear();
        if (talk.Summary is not null)
            _scratch.Add(talk.Summary);
        _scratch.AddRange(talk.KeyPoints);
        _scratch.AddRange(talk.ActionPoints.Select(a => a.Text));
        Set(TalkFields.Body, Join(_scratch));

        _scratch.Clear();
        foreach (var link in talk.Links)
        {
            _scratch.Add(link.Text);
            _scratch.Add(LinkWords.Extract(link.Url));
        }
        Set(TalkFields.Links, Join(_scratch));

        _scratch.Clear();
        if (talk.Company is not null)
            _scratch.Add(talk.Company);
        ToolNames.AppendFrom(talk.Title, _scratch);
        ToolNames.AppendFrom(talk.Summary, _scratch);
        foreach (var point in talk.KeyPoints)
            ToolNames.AppendFrom(point, _scratch);
        foreach (var link in talk.Links)
            ToolNames.AppendFrom(link.Text, _scratch);
        Set(TalkFields.Tools, Join(_scratch));
        return _document;
    }

    private void Add(Field field)
    {
        _fields[field.Name] = field;
        _document.Add(field);
    }

    private void Set(string name, string? value) => _fields[name].SetStringValue(value ?? "");

    private static string Join(IEnumerable<string> values) => string.Join('\n', values);
}
