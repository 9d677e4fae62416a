namespace ConfBot.Slack.BlockKit;

/// <summary>Slack-flavoured markdown. Pass untrusted text through <see cref="SlackText.Escape"/> first.</summary>
public sealed record MrkdwnText(string Text) : TextObject(Text)
{
    public override string Type => "mrkdwn";
}
