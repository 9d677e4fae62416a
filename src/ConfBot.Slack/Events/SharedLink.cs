namespace ConfBot.Slack.Events;

/// <summary>One link of a <see cref="LinkShared"/> event; unfurl it under this exact <see cref="Url"/>.</summary>
public sealed record SharedLink(string Domain, string Url);
