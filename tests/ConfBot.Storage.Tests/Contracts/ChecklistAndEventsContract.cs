using ConfBot.Core.State;
using ConfBot.Storage.Sql.Stores;
using ConfBot.Storage.Tests.TestSupport;

namespace ConfBot.Storage.Tests.Contracts;

/// <summary>Action point checklist state and processed Slack event ids, the same on every provider.</summary>
public abstract class ChecklistAndEventsContract : StorageTestBase
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private async Task<SqlActionPointStateStore> NewChecklistAsync() => new(await (await NewDatabaseAsync()).ConnectMigratedAsync());

    private async Task<SqlProcessedEventLog> NewEventLogAsync() => new(await (await NewDatabaseAsync()).ConnectMigratedAsync());

    [SkippableFact]
    public async Task An_action_point_nobody_touched_is_open()
    {
        var store = await NewChecklistAsync();

        Assert.Equal(ActionPointState.Untouched("ap-1"), await store.GetAsync("ap-1"));
    }

    [SkippableFact]
    public async Task An_action_point_is_claimed_done_and_reopened()
    {
        var store = await NewChecklistAsync();

        Assert.Equal(new ActionPointState("ap-1", ActionPointStatus.Claimed, "U1", Noon), await store.ClaimAsync("ap-1", "U1", Noon));
        Assert.Equal(new ActionPointState("ap-1", ActionPointStatus.Done, "U1", Noon.AddHours(1)), await store.CompleteAsync("ap-1", "U1", Noon.AddHours(1)));
        Assert.Equal(new ActionPointState("ap-1", ActionPointStatus.Open, "U2", Noon.AddHours(2)), await store.ReopenAsync("ap-1", "U2", Noon.AddHours(2)));
        Assert.Equal(new ActionPointState("ap-1", ActionPointStatus.Open, "U2", Noon.AddHours(2)), await store.GetAsync("ap-1"));
    }

    [SkippableFact]
    public async Task A_claim_does_not_take_someone_elses_claim_or_undo_done()
    {
        var store = await NewChecklistAsync();
        await store.ClaimAsync("ap-1", "U1", Noon);
        await store.CompleteAsync("ap-2", "U1", Noon);

        Assert.Equal("U1", (await store.ClaimAsync("ap-1", "U2", Noon.AddMinutes(1))).By);
        Assert.Equal(ActionPointStatus.Done, (await store.ClaimAsync("ap-2", "U2", Noon.AddMinutes(1))).Status);
    }

    [SkippableFact]
    public async Task States_of_many_action_points_include_untouched_ones_as_open()
    {
        var store = await NewChecklistAsync();
        await store.ClaimAsync("ap-1", "U1", Noon);
        await store.CompleteAsync("ap-3", "U2", Noon);

        string[] ids = ["ap-1", "ap-2", "ap-3"];
        var states = await store.GetManyAsync(ids);

        Assert.Equal([ActionPointStatus.Claimed, ActionPointStatus.Open, ActionPointStatus.Done], ids.Select(id => states[id].Status));
    }

    [SkippableFact]
    public async Task A_retried_event_is_recorded_once_within_its_retention()
    {
        var log = await NewEventLogAsync();

        Assert.True(await log.TryRecordAsync("Ev1", Retention, Noon));
        Assert.False(await log.TryRecordAsync("Ev1", Retention, Noon.AddMinutes(59)));
        Assert.True(await log.TryRecordAsync("Ev2", Retention, Noon.AddMinutes(59)));
    }

    [SkippableFact]
    public async Task An_expired_event_id_is_accepted_again()
    {
        var log = await NewEventLogAsync();
        await log.TryRecordAsync("Ev1", Retention, Noon);

        Assert.True(await log.TryRecordAsync("Ev1", Retention, Noon + Retention));
        Assert.False(await log.TryRecordAsync("Ev1", Retention, Noon + Retention + TimeSpan.FromMinutes(1)));
    }

    [SkippableFact]
    public async Task Purging_removes_only_expired_event_ids()
    {
        var log = await NewEventLogAsync();
        await log.TryRecordAsync("old", TimeSpan.FromMinutes(5), Noon);
        await log.TryRecordAsync("new", Retention, Noon);

        Assert.Equal(1, await log.PurgeExpiredAsync(Noon.AddMinutes(10)));
        Assert.False(await log.TryRecordAsync("new", Retention, Noon.AddMinutes(10)));
    }

    [SkippableFact]
    public async Task Replicas_receiving_the_same_retry_at_once_handle_it_once()
    {
        var database = await NewDatabaseAsync();
        var replicas = new[] { new SqlProcessedEventLog(await database.ConnectMigratedAsync()), new SqlProcessedEventLog(await database.ConnectMigratedAsync()) };

        var accepted = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => replicas[i % 2].TryRecordAsync("Ev1", Retention, Noon))));

        Assert.Single(accepted, a => a);
    }
}
