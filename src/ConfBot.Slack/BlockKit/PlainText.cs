namespace ConfBot.Slack.BlockKit;

/// <summary>Text shown as typed: no formatting, mentions or links. Prefer it for untrusted text that needs no formatting.</summary>
public sealed record PlainText(string Text) : TextObject(Text)
{
    public override string Type => "plain_text";
}
